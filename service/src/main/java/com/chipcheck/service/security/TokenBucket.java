package com.chipcheck.service.security;

/**
 * A token bucket: {@code capacity} tokens, refilled at {@code perSecond}. Exact in integer nanoseconds, so a
 * sustained rate right at the limit is never refused by rounding.
 */
final class TokenBucket {

    private final long capacity;
    private final long nanosPerToken;
    private long available;
    private long lastRefill;

    TokenBucket(long capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, Math.round(1_000_000_000d / perSecond));
        this.available = capacity;
        this.lastRefill = now;
    }

    /** Takes a token: 0 if one was available, otherwise the nanoseconds until one will be. */
    synchronized long take(long now) {
        refill(now);
        if (available > 0) {
            available--;
            return 0;
        }
        return nanosPerToken - (now - lastRefill);
    }

    /** 0 if a token is available now, otherwise the nanoseconds until one will be; takes nothing. */
    synchronized long waitFor(long now) {
        refill(now);
        return available > 0 ? 0 : nanosPerToken - (now - lastRefill);
    }

    /** Returns a token taken for something that turned out not to count. */
    synchronized void giveBack() {
        available = Math.min(capacity, available + 1);
    }

    private void refill(long now) {
        long earned = (now - lastRefill) / nanosPerToken;
        if (earned > 0) {
            available = Math.min(capacity, available + earned);
            lastRefill = available == capacity ? now : lastRefill + earned * nanosPerToken;
        }
    }
}
