package com.chipcheck.rules.order;

/**
 * A party of a line other than the end user, screened against the restricted-party lists. The country of an
 * ultimate or intermediate consignee is a destination of the line: the item goes there. The headquarters and
 * ultimate-parent countries of an ultimate consignee are weighed by the headquarters rule (744.23(a)(3)) like the
 * end user's, and needed like them: an advanced computing item for a consignee that does not give them is held.
 */
public record LineParty(String role, String name, String country, String headquartersCountry, String ultimateParentCountry) {

    public static final String END_USER = "END_USER";
    public static final String ULTIMATE_CONSIGNEE = "ULTIMATE_CONSIGNEE";
    public static final String INTERMEDIATE_CONSIGNEE = "INTERMEDIATE_CONSIGNEE";
    public static final String PURCHASER = "PURCHASER";

    public LineParty(String role, String name, String country) {
        this(role, name, country, null, null);
    }

    /** The goods pass through or end up with this party, so its country is a destination of the line. */
    public boolean receivesTheItem() {
        return ULTIMATE_CONSIGNEE.equals(role) || INTERMEDIATE_CONSIGNEE.equals(role);
    }

    /** The same party without its name. */
    public LineParty withoutName() {
        return new LineParty(role, null, country, headquartersCountry, ultimateParentCountry);
    }

    /** How reasons name the role: "ultimate consignee". */
    public String roleName() {
        return role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
