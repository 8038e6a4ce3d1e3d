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
        remainingQuantity = plain(remainingQuantity);
        remainingValue = plain(remainingValue);
    }

    /** 2, not 2.000000000000 (a sum read from the database) or 2E+1. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
