package com.chipcheck.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users from configuration: {@code chipcheck.security.users[0].name}, {@code .password} (a hash with its encoder id,
 * e.g. {bcrypt}$2a$10$…) and {@code .roles} (PROCUREMENT, COMPLIANCE, AUDITOR).
 */
@ConfigurationProperties("chipcheck.security")
public record SecurityProperties(List<ConfiguredUser> users) {

    public record ConfiguredUser(String name, String password, List<String> roles) {
    }

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
