package com.chipcheck.rules.licence;

/**
 * A party a licence or NAC notification names, matched to a line's parties by name: the same words once legal forms,
 * case, accents and look-alike letters are set aside (not the looser similarity of screening: a licence for one
 * company never covers another of a similar name).
 *
 * @param country ISO code of where the party is (null: not stated)
 * @param role    END_USER or ULTIMATE_CONSIGNEE if the licence says which it is (null: either)
 */
public record LicenceParty(String name, String country, String role) {

    public LicenceParty(String name, String country) {
        this(name, country, null);
    }
}
