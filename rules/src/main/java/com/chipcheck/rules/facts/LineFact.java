package com.chipcheck.rules.facts;

import java.time.LocalDate;
import java.util.Set;

/** An order line as the rules see it: its as-of date and the instruments in force on that date. */
public final class LineFact {

    private final String lineId;
    private final LocalDate asOf;
    private final Set<String> inForce;
    private final boolean endUserUaeApproved;
    private final String uaeApprovedEntity;
    private final LocalDate uaeApprovalExpires;

    /**
     * @param uaeApprovedEntity  the Supp. No. 8 entry that names the end user, or null if none does
     * @param uaeApprovalExpires when that entry's approval expires, or null if it does not
     */
    public LineFact(String lineId, LocalDate asOf, Set<String> inForce, boolean endUserUaeApproved, String uaeApprovedEntity,
                    LocalDate uaeApprovalExpires) {
        this.lineId = lineId;
        this.asOf = asOf;
        this.inForce = Set.copyOf(inForce);
        this.endUserUaeApproved = endUserUaeApproved;
        this.uaeApprovedEntity = uaeApprovedEntity;
        this.uaeApprovalExpires = uaeApprovalExpires;
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

    /** The Supp. No. 8 entry that names the end user ("G42", "Microsoft"), or null: a declaration alone is not believed. */
    public String getUaeApprovedEntity() {
        return uaeApprovedEntity;
    }

    /** The end user's listed approval expires (G42 and Core42: 2027-04-06); null if it does not, or none is listed. */
    public LocalDate getUaeApprovalExpires() {
        return uaeApprovalExpires;
    }
}
