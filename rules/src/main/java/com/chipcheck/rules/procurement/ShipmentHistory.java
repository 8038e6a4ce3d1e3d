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
        if (line.endUser() == null || line.endUser().name() == null) {
            return null;
        }
        String key = NameNormalizer.partyKey(line.endUser().name(), line.endUserLocation());
        // the records keep 400 characters: a longer name keeps its start and a digest of the whole, still one per end user
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY - 65) + "#" + com.chipcheck.rules.util.Sha256.hex(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The longest end-user key the shipment records keep. */
    int MAX_KEY = 400;
}
