package com.chipcheck.service.records;

/**
 * What a record of the chain is: a decision (a check, an order) or a person's act. Stored and hashed by its name, so
 * that records written before this type existed verify unchanged.
 */
public enum RecordKind {
    /** POST /api/v1/checks: a question, nothing ships. */
    CHECK,
    /** An uploaded order: its lines ship as decided. */
    ORDER,
    /** A person released a held line. */
    RELEASE,
    /** A screening by name (POST /api/v1/screenings). */
    SCREENING,
    /** A reviewed false positive recorded, and its approval by another officer. */
    FALSE_POSITIVE, FP_APPROVAL,
    /** A screening list version loaded, and put in use by another officer. */
    LIST_LOAD, LIST_APPROVAL,
    /** A procurement policy table put, and put in use by another officer. */
    POLICY_PUT, POLICY_APPROVAL,
    /** An exchange-rate table put, and put in use by another officer. */
    RATES_PUT, RATES_APPROVAL,
    /** A BIS licence registered, or revoked. */
    LICENCE, LICENCE_REVOKE,
    /** A NAC notification registered, BIS's confirmation, BIS's objection. */
    NAC_NOTIFICATION, NAC_CONFIRMATION, NAC_OBJECTION;

    /** A decision of lines (a check or an order), as opposed to a person's act on records. */
    public boolean decidesLines() {
        return this == CHECK || this == ORDER;
    }
}
