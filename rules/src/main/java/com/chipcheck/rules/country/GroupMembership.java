package com.chipcheck.rules.country;

import java.time.LocalDate;

/** One row of Supp. No. 1 to Part 740: a country in a Country Group, from and to a date (both inclusive). */
public record GroupMembership(String group, String country, LocalDate validFrom, LocalDate validTo, String source) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
