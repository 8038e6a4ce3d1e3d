package com.chipcheck.service;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * For the REST tests: every MockMvc request runs as a user holding all three roles unless the test says otherwise
 * (the access rules themselves are tested in AccessRulesTest, which sets the user of each request).
 */
@Configuration
public class TestUsers {

    @Bean
    MockMvcBuilderCustomizer everyRoleByDefault() {
        return builder -> builder.defaultRequest(get("/").with(user("tester").roles("PROCUREMENT", "COMPLIANCE", "AUDITOR")).with(csrf()));
    }
}
