package com.chipcheck.rules.facts;

import java.util.Set;

/**
 * A country the item goes to: the ship-to country, and the end user's own country when it differs (the
 * ultimate destination). {@code country} is the one evaluated (HK as CN); {@code entered} as the order gave it.
 */
public final class DestinationFact {

    public static final String SHIP_TO = "ship-to";
    public static final String END_USER_LOCATION = "end user location";

    private final String lineId;
    private final String role;
    private final String entered;
    private final String country;
    private final Set<String> groups;

    public DestinationFact(String lineId, String role, String entered, String country, Set<String> groups) {
        this.lineId = lineId;
        this.role = role;
        this.entered = entered;
        this.country = country;
        this.groups = Set.copyOf(groups);
    }

    public String getLineId() { return lineId; }
    public String getRole() { return role; }
    public String getEntered() { return entered; }
    public String getCountry() { return country; }
    /** Country Groups of the evaluated country on the as-of date, e.g. [D:1, D:4, D:5]. */
    public Set<String> getGroups() { return groups; }
}
