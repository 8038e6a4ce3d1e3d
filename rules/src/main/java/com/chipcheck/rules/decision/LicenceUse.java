package com.chipcheck.rules.decision;

import java.math.BigDecimal;

/**
 * The registered BIS licence a line ships under, and what is left of it once the line is counted.
 *
 * @param remainingQuantity units left on the licence after this line (null: the licence sets no quantity)
 * @param remainingValue    value left after this line, in {@code currency} (null: the licence sets no value)
 */
public record LicenceUse(String number, BigDecimal remainingQuantity, BigDecimal remainingValue, String currency) {

    public LicenceUse {
        remainingQuantity = com.chipcheck.rules.order.Decimals.plain(remainingQuantity);
        remainingValue = com.chipcheck.rules.order.Decimals.plain(remainingValue);
    }
}
