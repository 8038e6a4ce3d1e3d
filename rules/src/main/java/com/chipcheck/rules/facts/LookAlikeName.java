package com.chipcheck.rules.facts;

/** A party's name mixes scripts or is written in letters imitating Latin ones (see screening.LookAlikes). */
public final class LookAlikeName {

    private final String lineId;
    private final String role;
    private final String name;
    private final String found;

    public LookAlikeName(String lineId, String role, String name, String found) {
        this.lineId = lineId;
        this.role = role;
        this.name = name;
        this.found = found;
    }

    public String getLineId() { return lineId; }
    public String getRole() { return role; }
    public String getName() { return name; }
    public String getFound() { return found; }

    /** How reasons name the party: "end user". */
    public String getRoleName() {
        return role == null ? "party" : role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
