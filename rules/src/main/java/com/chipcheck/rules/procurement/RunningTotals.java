package com.chipcheck.rules.procurement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * TPP x units per end user within one order, carried from line to line (and from part to part when a large order
 * is decided in parts), so that the yearly cap counts every earlier line of the same order.
 */
public final class RunningTotals {

    private final Map<String, BigDecimal> byEndUser = new HashMap<>();

    public BigDecimal get(String endUser) {
        return byEndUser.get(endUser);
    }

    public void put(String endUser, BigDecimal total) {
        byEndUser.put(endUser, total);
    }
}
