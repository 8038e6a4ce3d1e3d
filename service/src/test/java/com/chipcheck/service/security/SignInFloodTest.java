package com.chipcheck.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 7: failed sign-ins against a bcrypt user cost a password hash each, and a probe at 400 connections
 * slowed health to 11–20 s. Now a source or a name that failed too often is answered 429 before any hash, and the
 * service keeps answering: health and a signed-in user's check are answered while the flood goes on. Also item 10:
 * signing in on the login form needs its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInFloodTest {

    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        registry.add("chipcheck.data-dir", () -> "target/test-data-signin-" + System.nanoTime());
        registry.add("chipcheck.security.users[0].name", () -> "officer");
        registry.add("chipcheck.security.users[0].password", () -> "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        registry.add("chipcheck.security.users[0].roles", () -> "COMPLIANCE");
        registry.add("chipcheck.security.users[1].name", () -> "buyer");
        registry.add("chipcheck.security.users[1].password", () -> "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        registry.add("chipcheck.security.users[1].roles", () -> "PROCUREMENT");
        registry.add("chipcheck.security.failed-sign-ins-per-source-per-minute", () -> "30");
        registry.add("chipcheck.security.failed-sign-ins-per-user-per-minute", () -> "10");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFloodOfFailedSignInsIsThrottledAndTheServiceKeepsAnswering() throws Exception {
        ExecutorService flood = Executors.newFixedThreadPool(16);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger unauthorised = new AtomicInteger();
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            attempts.add(flood.submit(() -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .header("Authorization", basic("officer", "guess " + n)).build(), HttpResponse.BodyHandlers.ofString());
                (r.statusCode() == 429 ? refused : unauthorised).incrementAndGet();
                return null;
            }));
        }
        // while the flood runs: health, and a check by another user signing in with the right password
        long t0 = System.nanoTime();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        long healthMillis = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                .header("Authorization", basic("buyer", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"lines":[{"lineId":"1","partNumber":"NVIDIA H20 (HGX H20 96GB)","quantity":1,"destinationCountry":"DE","asOf":"2026-09-30",
                        "endUser":{"name":"A GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}]}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        long checkMillis = (System.nanoTime() - t1) / 1_000_000;
        for (Future<?> f : attempts) {
            f.get();
        }
        flood.shutdown();
        assertEquals(200, health.statusCode());
        assertTrue(healthMillis < 2_000, "health answered in " + healthMillis + " ms during the flood");
        assertEquals(200, check.statusCode(), check.body());
        assertTrue(check.body().contains("\"outcome\":\"NLR\""), check.body());
        assertTrue(checkMillis < 3_000, "a signed-in user's check answered in " + checkMillis + " ms during the flood");
        assertTrue(unauthorised.get() <= 12, unauthorised.get() + " sign-ins reached the password hash (10 a minute per name allowed)");
        assertTrue(refused.get() >= 388, refused.get() + " refused with 429");
        HttpResponse<String> throttled = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", basic("officer", PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, throttled.statusCode(), "the name stays throttled, even with the right password, until its budget refills");
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=buyer&password=" + PASSWORD.replace(' ', '+'))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode(), "a login without its CSRF token is refused (login CSRF): " + r.statusCode());
    }
}
