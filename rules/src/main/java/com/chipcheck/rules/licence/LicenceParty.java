package com.chipcheck.rules.licence;

/** A party a licence names (ultimate consignee or end user), matched to a line's parties by name as screening is. */
public record LicenceParty(String name, String country) {
}
