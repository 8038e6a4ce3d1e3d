package com.chipcheck.rules.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What was already shipped to an end user, for the cumulative-TPP cap; the service answers it from stored orders. */
public interface ShipmentHistory {

    /** TPP x units in orders decided for this end user with ship dates in [from, to]. */
    BigDecimal tppShipped(String endUserKey, LocalDate from, LocalDate to);

    ShipmentHistory NONE = (key, from, to) -> BigDecimal.ZERO;

    /** The same end user across orders: its name without case, punctuation and legal form, and its country. */
    static String endUserKey(String name, String country) {
        return String.join(" ", com.chipcheck.rules.screening.NameNormalizer.tokens(name)) + "|" + (country == null ? "" : country);
    }
}
