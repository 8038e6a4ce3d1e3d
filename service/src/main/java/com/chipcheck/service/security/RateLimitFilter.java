package com.chipcheck.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Refuses a signed-in user's request above their rate with 429 and Retry-After: one user's script cannot starve
 * everyone else's checks. Runs after authorisation, so it counts only requests the user is allowed to make, by name.
 * Heavy requests (uploads, list loads, impact runs) also draw on a per-minute budget of their own.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** Buckets kept before starting afresh (a full bucket is what a new user gets anyway). */
    private static final int MAX_USERS = 100_000;

    private final RateLimits limits;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> requests = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> uploads = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> screenings = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimits limits) {
        this(limits, System::nanoTime);
    }

    RateLimitFilter(RateLimits limits, LongSupplier clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || !request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.getAsLong();
        if (requests.size() > MAX_USERS || uploads.size() > MAX_USERS || screenings.size() > MAX_USERS) { // bearer tokens can name any number of users
            requests.clear();
            uploads.clear();
            screenings.clear();
        }
        if (limits.requestsPerSecond() > 0) {
            long wait = requests.computeIfAbsent(who.getName(), n -> new TokenBucket(limits.requestBurst(), limits.requestsPerSecond(), now)).take(now);
            if (wait > 0) {
                refuse(response, wait, who.getName() + " made more than " + limits.requestsPerSecond() + " requests per second");
                return;
            }
        }
        if (limits.uploadsPerMinute() > 0 && heavy(request)) {
            long wait = uploads.computeIfAbsent(who.getName(), n -> new TokenBucket(limits.uploadsPerMinute(), limits.uploadsPerMinute() / 60d, now)).take(now);
            if (wait > 0) {
                refuse(response, wait, who.getName() + " sent more than " + limits.uploadsPerMinute() + " uploads per minute");
                return;
            }
        }
        if (limits.screeningsPerMinute() > 0 && request.getMethod().equals("POST") && request.getRequestURI().equals("/api/v1/screenings")) {
            long wait = screenings.computeIfAbsent(who.getName(),
                    n -> new TokenBucket(limits.screeningsPerMinute(), limits.screeningsPerMinute() / 60d, now)).take(now);
            if (wait > 0) {
                refuse(response, wait, who.getName() + " sent more than " + limits.screeningsPerMinute() + " screenings per minute");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Requests that read a whole file or run the rules over every stored decision. */
    static boolean heavy(HttpServletRequest request) {
        String path = request.getRequestURI();
        return switch (request.getMethod()) {
            case "POST" -> path.equals("/api/v1/orders") || path.endsWith("/rerun") || path.equals("/api/v1/lists") || path.equals("/api/v1/impact");
            case "PUT" -> path.equals("/api/v1/policy/table") || path.equals("/api/v1/exchange-rates/table");
            default -> false;
        };
    }

    private static void refuse(HttpServletResponse response, long waitNanos, String what) throws IOException {
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"urn:chipcheck:problem:rate-limited\",\"title\":\"Too many requests\",\"status\":429,"
                + "\"detail\":\"" + what.replace("\\", "\\\\").replace("\"", "\\\"") + "; retry after " + seconds + " s\"}");
    }
}
