package com.chipcheck.service.system;

import org.springframework.http.HttpStatus;

/**
 * A request the service understood and refuses, thrown by the feature that knows why and answered once, in
 * {@link ProblemHandler}, as a problem of the README's vocabulary: the kind gives the status and type, the message is
 * the detail a user reads.
 */
public final class Refusal extends RuntimeException {

    /** What kind of refusal, with its status and problem type. */
    public enum Kind {
        /** No such decision, order, licence, notification or pending change. */
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
        /** Four eyes: the one who asked may not approve or release. */
        FOUR_EYES(HttpStatus.FORBIDDEN, "forbidden", "Four eyes"),
        /** The state changed: released or approved already, decided again since, a licence drawn meanwhile. */
        CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
        /** A well-formed request the records refuse: a licence that does not cover the line, a notification not cleared. */
        REFUSED(HttpStatus.UNPROCESSABLE_ENTITY, "refused", "Refused"),
        /** The service cannot take the request now (shutting down, interrupted while waiting); try again. */
        UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Unavailable");

        final HttpStatus status;
        final String type;
        final String title;

        Kind(HttpStatus status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final Kind kind;
    private final Integer retryAfterSeconds;

    private Refusal(Kind kind, String detail, Integer retryAfterSeconds) {
        super(detail);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private Refusal(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail);
    }

    public static Refusal fourEyes(String detail) {
        return new Refusal(Kind.FOUR_EYES, detail);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail);
    }

    public static Refusal refused(String detail) {
        return new Refusal(Kind.REFUSED, detail);
    }

    public static Refusal unavailable(String detail) {
        return new Refusal(Kind.UNAVAILABLE, detail);
    }

    /** Unavailable now; the answer carries Retry-After. */
    public static Refusal unavailable(String detail, int retryAfterSeconds) {
        return new Refusal(Kind.UNAVAILABLE, detail, retryAfterSeconds);
    }

    public Kind kind() {
        return kind;
    }

    /** The status the refusal is answered with. */
    public int status() {
        return kind.status.value();
    }

    /** Seconds after which to try again, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
