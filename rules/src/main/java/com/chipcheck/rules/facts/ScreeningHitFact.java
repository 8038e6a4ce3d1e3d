package com.chipcheck.rules.facts;

import java.util.Locale;

/**
 * A party of the line scored against a restricted-party list entry at or above the list's review threshold.
 * {@code certain} is true at or above the match threshold; below it, the rules hold the line for a person.
 * The text names the list, the entry and the list version, so that every reason built on it cites them.
 */
public final class ScreeningHitFact {

    private final String lineId;
    private final String role;
    private final String party;
    private final String source;
    private final String entryId;
    private final String entryName;
    private final String matchedName;
    private final double score;
    private final boolean certain;
    private final Integer footnote;
    private final String licenseRequirement;
    private final String listVersion;

    public ScreeningHitFact(String lineId, String role, String party, String source, String entryId, String entryName,
                            String matchedName, double score, boolean certain, Integer footnote,
                            String licenseRequirement, String listVersion) {
        this.lineId = lineId;
        this.role = role;
        this.party = party;
        this.source = source;
        this.entryId = entryId;
        this.entryName = entryName;
        this.matchedName = matchedName;
        this.score = score;
        this.certain = certain;
        this.footnote = footnote;
        this.licenseRequirement = licenseRequirement;
        this.listVersion = listVersion;
    }

    public String getLineId() { return lineId; }
    public String getRole() { return role; }
    public String getParty() { return party; }
    /** The list, as the CSL names it: "Entity List", "Specially Designated Nationals", ... */
    public String getSource() { return source; }
    public String getEntryId() { return entryId; }
    public String getEntryName() { return entryName; }
    public String getMatchedName() { return matchedName; }
    public double getScore() { return score; }
    public boolean isCertain() { return certain; }
    public Integer getFootnote() { return footnote; }
    public String getLicenseRequirement() { return licenseRequirement; }
    public String getListVersion() { return listVersion; }

    /** The list family the rules tell apart; "other" for the lists without a rule of their own. */
    public String getList() {
        String s = source == null ? "" : source.toLowerCase(Locale.ROOT);
        if (s.startsWith("entity list")) return "EL";
        if (s.startsWith("specially designated nationals")) return "SDN";
        if (s.startsWith("denied persons")) return "DPL";
        if (s.startsWith("military end user")) return "MEU";
        if (s.startsWith("unverified")) return "UVL";
        return "other";
    }

    /** "the end user "X" is Entity List entry 123 "Y" (as "Z", score 0.97; list csl-abc)" */
    public String describe() {
        return String.format(Locale.ROOT, "the %s \"%s\" is %s entry %s \"%s\" (matched as \"%s\", score %.2f; list version %s)",
                role.toLowerCase(Locale.ROOT).replace('_', ' '), party, source, entryId, entryName, matchedName, score, listVersion);
    }
}
