package com.chipcheck.service.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed sign-ins, counted per source address and per user name. Each failure costs the service a deliberately slow
 * password hash (bcrypt), so a stream of them is a denial of service as much as a guessing attack: once a source or a
 * name has failed more often than its budget allows, further sign-ins from it, or for it, are refused with 429 before
 * any hash is computed, until the budget refills. Successful sign-ins cost nothing here.
 */
public final class SignInThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int perSourcePerMinute;
    private final int perUserPerMinute;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> sources = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> users = new ConcurrentHashMap<>();

    public SignInThrottle(int perSourcePerMinute, int perUserPerMinute) {
        this(perSourcePerMinute, perUserPerMinute, System::nanoTime);
    }

    SignInThrottle(int perSourcePerMinute, int perUserPerMinute, LongSupplier clock) {
        this.perSourcePerMinute = perSourcePerMinute;
        this.perUserPerMinute = perUserPerMinute;
        this.clock = clock;
    }

    /** Nanoseconds until a sign-in from this source, for this name, may be tried; 0 if now. */
    public long waitFor(String source, String name) {
        long now = clock.getAsLong();
        long bySource = perSourcePerMinute <= 0 ? 0 : bucket(sources, source, perSourcePerMinute, now).waitFor(now);
        long byName = perUserPerMinute <= 0 || name == null ? 0 : bucket(users, name.toLowerCase(java.util.Locale.ROOT), perUserPerMinute, now).waitFor(now);
        return Math.max(bySource, byName);
    }

    /**
     * Reserves one failure's worth of budget before a password is hashed: 0 if reserved, otherwise the nanoseconds to
     * wait (nothing reserved). Reserving first means that concurrent attempts cannot all slip through while the hash of
     * the first is still being computed; {@link #succeeded} gives the reservation back.
     */
    public long reserve(String source, String name) {
        long now = clock.getAsLong();
        TokenBucket s = perSourcePerMinute <= 0 ? null : bucket(sources, source, perSourcePerMinute, now);
        TokenBucket u = perUserPerMinute <= 0 || name == null ? null : bucket(users, name.toLowerCase(java.util.Locale.ROOT), perUserPerMinute, now);
        long waitS = s == null ? 0 : s.take(now);
        if (waitS > 0) {
            return waitS;
        }
        long waitU = u == null ? 0 : u.take(now);
        if (waitU > 0) {
            if (s != null) {
                s.giveBack();
            }
            return waitU;
        }
        return 0;
    }

    /** The reserved sign-in succeeded: its reservation is given back. */
    public void succeeded(String source, String name) {
        TokenBucket s = sources.get(source == null ? "?" : source);
        TokenBucket u = name == null ? null : users.get(name.toLowerCase(java.util.Locale.ROOT));
        if (perSourcePerMinute > 0 && s != null) {
            s.giveBack();
        }
        if (perUserPerMinute > 0 && u != null) {
            u.giveBack();
        }
    }

    private static TokenBucket bucket(Map<String, TokenBucket> map, String key, int perMinute, long now) {
        if (map.size() > MAX_KEYS) {
            map.clear(); // a flood of distinct keys: start again rather than grow
        }
        return map.computeIfAbsent(key == null ? "?" : key, k -> new TokenBucket(perMinute, perMinute / 60d, now));
    }
}
