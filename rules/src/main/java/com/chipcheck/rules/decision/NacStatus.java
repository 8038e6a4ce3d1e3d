package com.chipcheck.rules.decision;

/** Where a NAC line stands with its prior notification to BIS (15 CFR 740.8(a)(2), (c)). Only CLEARED ships. */
public enum NacStatus {
    /** No notification names these items, this destination, this end user and enough quantity. */
    NOT_NOTIFIED,
    /**
     * Notified, but the ship date is before the 25th day after submission, or BIS's NAC confirmation number has not
     * been recorded yet.
     */
    WAITING,
    /** Notified at least 25 days before the ship date, and BIS's confirmation number is recorded. */
    CLEARED,
    /** BIS objected: NAC is not available for the line; a licence is required. */
    OBJECTED
}
