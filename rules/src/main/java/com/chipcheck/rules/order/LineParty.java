package com.chipcheck.rules.order;

/** A party of a line other than the end user, screened against the restricted-party lists. */
public record LineParty(String role, String name, String country) {

    public static final String END_USER = "END_USER";
    public static final String ULTIMATE_CONSIGNEE = "ULTIMATE_CONSIGNEE";
    public static final String INTERMEDIATE_CONSIGNEE = "INTERMEDIATE_CONSIGNEE";
    public static final String PURCHASER = "PURCHASER";
}
