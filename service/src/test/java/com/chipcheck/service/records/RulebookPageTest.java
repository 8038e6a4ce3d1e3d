package com.chipcheck.service.records;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rulebook the features module generated in this build is served (build the whole reactor: mvn verify). */
@SpringBootTest
@AutoConfigureMockMvc
class RulebookPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theRulebookIsServedWithEveryRuleAndTheParagraphsNotModelled() throws Exception {
        mvc.perform(get("/rulebook/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"744.11-ENTITY-LIST\"")))
                .andExpect(content().string(containsString("15 CFR 742.6(a)(6)(iii)")))
                .andExpect(content().string(containsString("Paragraphs deliberately not modelled")));
    }
}
