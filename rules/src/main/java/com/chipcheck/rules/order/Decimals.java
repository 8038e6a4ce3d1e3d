package com.chipcheck.rules.order;

import java.math.BigDecimal;

/**
 * Bounds of every decimal a person or a file gives the engine. A decimal such as {@code 1e1000000} is a few bytes of
 * JSON and a million digits of arithmetic: dividing it by an area, or printing it, holds a thread for ever. So a
 * decimal may have at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_FRACTION_DIGITS}
 * after it, checked from its precision and scale alone (no arithmetic on the value) before anything else reads it.
 */
public final class Decimals {

    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 12;

    private Decimals() {
    }

    /** Why the value is out of bounds, or null when it is within them (or absent). */
    public static String problem(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return "has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (value.scale() > MAX_FRACTION_DIGITS) {
            return "has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    public static boolean bounded(BigDecimal value) {
        return problem(value) == null;
    }

    /** A decimal as people write it: 10, not 10.000000000000 (a sum read from a database) or 1E+1. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
