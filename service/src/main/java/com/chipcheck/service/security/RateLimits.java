package com.chipcheck.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-user request rates ({@code chipcheck.limits.*}); 0 turns a limit off.
 *
 * @param requestsPerSecond sustained API requests per second per signed-in user
 * @param requestBurst      requests a user may make at once above the sustained rate (0: one second's worth)
 * @param uploadsPerMinute  heavy requests per minute per user: order uploads and re-runs, list loads, policy
 *                          tables, impact runs (each also counts as a request)
 * @param screeningsPerMinute ad-hoc screenings per minute per user: a user testing spellings of a listed name until
 *                          one passes is slowed to this pace (and every screening is recorded)
 */
@ConfigurationProperties("chipcheck.limits")
public record RateLimits(int requestsPerSecond, int requestBurst, int uploadsPerMinute, int screeningsPerMinute) {

    public RateLimits {
        if (requestsPerSecond < 0 || requestBurst < 0 || uploadsPerMinute < 0 || screeningsPerMinute < 0) {
            throw new IllegalArgumentException("chipcheck.limits.* rates must be 0 (off) or more");
        }
        requestBurst = requestBurst == 0 ? requestsPerSecond : requestBurst;
    }
}
