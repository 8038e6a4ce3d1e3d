package com.chipcheck.service.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers a successful user-name/password sign-in for a short while (chipcheck.security.credential-cache), so
 * that an API client sending HTTP Basic on every request pays the deliberately slow password hash (bcrypt, ~70 ms
 * of CPU) once, not per request. Kept: an HMAC of name and password under a key drawn at start-up and never
 * stored, and the resulting sign-in. A wrong password is never remembered and always meets the slow hash.
 */
final class RememberedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private record Remembered(Authentication result, long expiresAt) {
    }

    private final AuthenticationProvider delegate;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final SignInThrottle throttle;

    RememberedCredentials(AuthenticationProvider delegate, Duration ttl, SignInThrottle throttle) {
        this(delegate, ttl, System::nanoTime, throttle);
    }

    RememberedCredentials(AuthenticationProvider delegate, Duration ttl, LongSupplier clock, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String password = request.getCredentials() instanceof String p ? p : null;
        String id = ttlNanos <= 0 || password == null ? null : fingerprint(request.getName(), password);
        long now = clock.getAsLong();
        Remembered hit = id == null ? null : remembered.get(id);
        if (hit != null && now - hit.expiresAt() < 0) {
            return hit.result(); // a right password seen moments ago: no hash, nothing counted
        }
        // a password about to be hashed: reserved against the budget of failures first (SignInThrottle)
        String source = source(request);
        long wait = throttle.reserve(source, request.getName());
        if (wait > 0) {
            throw new SignInThrottledException(wait);
        }
        Authentication result = delegate.authenticate(request); // throws for a wrong password: the reservation stays spent
        throttle.succeeded(source, request.getName());
        if (id != null && result != null && result.isAuthenticated()) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear(); // a flood of distinct valid sign-ins: start again rather than grow
            }
            remembered.put(id, new Remembered(result, now + ttlNanos));
        }
        return result;
    }

    private static String source(Authentication request) {
        return request.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
                ? d.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
