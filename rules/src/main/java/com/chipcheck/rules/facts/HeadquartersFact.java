package com.chipcheck.rules.facts;

import java.util.Set;

/**
 * Where the end user, or its ultimate parent, is headquartered (744.23(a)(3)), and, where the order gives them, the
 * ultimate consignee and its parent. {@code country} is null when the order does not say: the rules then hold a
 * line whose licence path depends on it.
 */
public final class HeadquartersFact {

    public static final String END_USER = "end user headquarters";
    public static final String ULTIMATE_PARENT = "ultimate parent headquarters";
    public static final String CONSIGNEE = "ultimate consignee headquarters";
    public static final String CONSIGNEE_PARENT = "ultimate consignee's ultimate parent headquarters";

    private final String lineId;
    private final String basis;
    private final String country;
    private final Set<String> groups;

    public HeadquartersFact(String lineId, String basis, String country, Set<String> groups) {
        this.lineId = lineId;
        this.basis = basis;
        this.country = country;
        this.groups = Set.copyOf(groups);
    }

    public String getLineId() { return lineId; }
    public String getBasis() { return basis; }
    public String getCountry() { return country; }
    public Set<String> getGroups() { return groups; }
}
