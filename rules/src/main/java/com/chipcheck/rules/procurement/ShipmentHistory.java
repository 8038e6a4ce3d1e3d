package com.chipcheck.rules.procurement;

import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.screening.NameNormalizer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What was already shipped to an end user, for the cumulative-TPP cap; the service answers it from stored orders. */
public interface ShipmentHistory {

    /** TPP x units in orders decided for this end user with ship dates in [from, to]. */
    BigDecimal tppShipped(String endUserKey, LocalDate from, LocalDate to);

    ShipmentHistory NONE = (key, from, to) -> BigDecimal.ZERO;

    /**
     * The same end user across orders, as recorded and as asked: its name without case, punctuation and legal form,
     * and where it is. Null for a line without an end-user name.
     */
    static String endUserKey(OrderLine line) {
        return line.endUser() == null || line.endUser().name() == null ? null
                : NameNormalizer.partyKey(line.endUser().name(), line.endUserLocation());
    }
}
