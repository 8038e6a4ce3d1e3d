package com.chipcheck.rules.facts;

/**
 * A party of the line and the country it is in, as the order gives it (null when it does not). The end user and
 * the consignees receive the item, so where they are is a destination of the line and must be known.
 */
public final class PartyFact {

    private final String lineId;
    private final String role;
    private final String country;
    private final boolean receivesTheItem;
    private final java.util.Set<String> groups;

    public PartyFact(String lineId, String role, String country, boolean receivesTheItem, java.util.Set<String> groups) {
        this.lineId = lineId;
        this.role = role;
        this.country = country;
        this.receivesTheItem = receivesTheItem;
        this.groups = java.util.Set.copyOf(groups);
    }

    public String getLineId() { return lineId; }
    /** How reasons name the party: "end user", "intermediate consignee". */
    public String getRole() { return role; }
    public String getCountry() { return country; }
    public boolean isReceivesTheItem() { return receivesTheItem; }
    /** Country Groups of the party's country on the as-of date (HK evaluated as CN). */
    public java.util.Set<String> getGroups() { return groups; }
}
