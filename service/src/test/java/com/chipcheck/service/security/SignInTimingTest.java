package com.chipcheck.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User enumeration by timing (issue 20, item 10): a sign-in for a user name that does not exist costs a password
 * hash like a wrong password for one that does, so that the answer's time does not say which names exist. Measured
 * through the provider the service uses, with a bcrypt user as configured outside the demo; the medians of the two
 * must be within a factor of two (without the dummy hash, an unknown name answers in microseconds, a known one in
 * tens of milliseconds: a factor of thousands).
 */
class SignInTimingTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final InMemoryUserDetailsManager USERS = new InMemoryUserDetailsManager(
            User.withUsername("officer").password(ENCODER.encode("a long and right password")).roles("COMPLIANCE").build());

    @Test
    void anUnknownUserNameTakesAsLongAsAWrongPassword() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(USERS);
        dao.setPasswordEncoder(ENCODER);
        double ratio = ratio(new RememberedCredentials(dao, Duration.ofMinutes(5), new SignInThrottle(0, 0)));
        assertTrue(ratio < 2.0, "unknown user and wrong password differ by a factor of " + ratio);
    }

    @Test
    void theMeasureSeesAProviderThatSkipsTheHashForUnknownNames() {
        // the control: a provider that answers "no such user" without hashing is told apart by the same measure
        org.springframework.security.authentication.AuthenticationProvider leaky = new org.springframework.security.authentication.AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(org.springframework.security.core.Authentication a) {
                var user = USERS.userExists(a.getName()) ? USERS.loadUserByUsername(a.getName()) : null;
                if (user == null || !ENCODER.matches((String) a.getCredentials(), user.getPassword())) {
                    throw new BadCredentialsException("Bad credentials");
                }
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        };
        double ratio = ratio(new RememberedCredentials(leaky, Duration.ofMinutes(5), new SignInThrottle(0, 0)));
        assertTrue(ratio > 2.0, "a provider without the dummy hash differs by a factor of only " + ratio);
    }

    private static double ratio(RememberedCredentials provider) {
        for (int i = 0; i < 3; i++) { // warm up both paths
            tryWrong(provider, "officer");
            tryWrong(provider, "nobody-" + i);
        }
        long known = median(provider, "officer");
        long unknown = median(provider, null);
        return (double) Math.max(known, unknown) / Math.min(known, unknown);
    }

    private static long median(RememberedCredentials provider, String name) {
        long[] times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            tryWrong(provider, name != null ? name : "nobody-else-" + i);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static void tryWrong(RememberedCredentials provider, String name) {
        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> provider.authenticate(new UsernamePasswordAuthenticationToken(name, "a wrong password")));
        assertTrue(e instanceof BadCredentialsException, e.getClass().getName());
    }
}
