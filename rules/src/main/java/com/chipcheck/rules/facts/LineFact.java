package com.chipcheck.rules.facts;

import java.time.LocalDate;
import java.util.Set;

/** An order line as the rules see it: its as-of date and the instruments in force on that date. */
public final class LineFact {

    private final String lineId;
    private final LocalDate asOf;
    private final Set<String> inForce;
    private final boolean endUserUaeApproved;

    public LineFact(String lineId, LocalDate asOf, Set<String> inForce, boolean endUserUaeApproved) {
        this.lineId = lineId;
        this.asOf = asOf;
        this.inForce = Set.copyOf(inForce);
        this.endUserUaeApproved = endUserUaeApproved;
    }

    public String getLineId() {
        return lineId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Set<String> getInForce() {
        return inForce;
    }

    /**
     * The end user is declared an approved UAE entity of Supp. No. 8 to Part 740 for advanced computing items, and no
     * ultimate consignee is named whose approval the order would have to state (742.6(a)(6)(iii)(B): all of them).
     */
    public boolean isEndUserUaeApproved() {
        return endUserUaeApproved;
    }
}
