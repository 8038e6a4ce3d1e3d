package com.chipcheck.service.orders;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as buyers type them in a text cell, year first: 2026-10-20, 2026/10/20, 2026.10.20 and 2026年10月20日 (one- or
 * two-digit month and day; full-width digits too). A day-first or month-first date (10/20/2026, 20/10/2026) is refused:
 * it cannot be told apart, and a ship date read wrongly decides the line under the wrong rules.
 */
final class WrittenDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*(?:-|/|\\.|月)\\s*(\\d{1,2})\\s*日?");

    private WrittenDates() {
    }

    /** The date, or null if the text is not a year-first date that exists. */
    static LocalDate parse(String written) {
        if (written == null) {
            return null;
        }
        Matcher m = YEAR_FIRST.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // 2026-02-30
        }
    }
}
