package com.chipcheck.rules.order;

/**
 * A party to a line. Countries are ISO 3166-1 alpha-2 codes.
 *
 * @param uaeApproved the party is an approved UAE end user of Supp. No. 8 to Part 740 for advanced computing items
 */
public record Party(String name, String country, String headquartersCountry, String ultimateParentCountry,
                    boolean uaeApproved) {

    public Party(String name, String country, String headquartersCountry, String ultimateParentCountry) {
        this(name, country, headquartersCountry, ultimateParentCountry, false);
    }

    public Party withName(String other) {
        return new Party(other, country, headquartersCountry, ultimateParentCountry, uaeApproved);
    }

    public Party withCountry(String other) {
        return new Party(name, other, headquartersCountry, ultimateParentCountry, uaeApproved);
    }

    public Party withHeadquartersCountry(String other) {
        return new Party(name, country, other, ultimateParentCountry, uaeApproved);
    }

    public Party withUltimateParentCountry(String other) {
        return new Party(name, country, headquartersCountry, other, uaeApproved);
    }
}
