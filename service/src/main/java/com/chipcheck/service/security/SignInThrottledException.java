package com.chipcheck.service.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: the source or the name failed too often (429). */
final class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(long waitNanos) {
        super("too many failed sign-ins from this address or for this user");
        this.retryAfterSeconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
