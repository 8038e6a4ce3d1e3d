package com.chipcheck.rules.timeline;

import java.time.LocalDate;

/** A regulatory instrument (a rule, or an enforcement policy) and the dates it is in force, both inclusive. */
public record Instrument(String id, String citation, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
                         String confidence, String note) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
