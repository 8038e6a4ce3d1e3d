package com.chipcheck.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoUsersTest {

    private final SecurityConfiguration config = new SecurityConfiguration();
    private final PasswordEncoder encoder = config.passwordEncoder();

    private static SecurityProperties users(String name, String password) {
        return new SecurityProperties(List.of(new SecurityProperties.ConfiguredUser(name, password, List.of("COMPLIANCE"))));
    }

    @Test
    void outsideTheDemoProfileAUserWithItsNameAsPasswordStopsTheStart() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> config.users(users("compliance", "{noop}compliance"), encoder, production));
        assertTrue(e.getMessage().contains("only the demo profile"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> config.users(users("jdoe", encoder.encode("jdoe")), encoder, production));
    }

    @Test
    void outsideTheDemoProfileClearPasswordsAndNamesInAnotherCaseStopTheStart() {
        MockEnvironment production = new MockEnvironment();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> config.users(users("jdoe", "{noop}a long passphrase"), encoder, production));
        assertTrue(e.getMessage().contains("stored in clear"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> config.users(users("JDoe", encoder.encode("jdoe")), encoder, production));
        assertTrue(e.getMessage().contains("its own name as password"), e.getMessage());
    }

    @Test
    void theDemoProfileMayHaveItsDemoUsersAndOtherProfilesTheirOwn() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertTrue(config.users(users("compliance", "{noop}compliance"), encoder, demo).loadUserByUsername("compliance") != null);
        MockEnvironment production = new MockEnvironment();
        assertTrue(config.users(users("jdoe", encoder.encode("a long passphrase")), encoder, production).loadUserByUsername("jdoe") != null);
    }
}
