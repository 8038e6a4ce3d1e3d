package com.chipcheck.rules.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The commercial side of a line, read by the procurement policy (never by the export rules): price, and what the
 * buyer declared about the end user.
 *
 * @param currency          ISO 4217; USD when not given. A price in another currency is converted to USD at the rate valid
 *                          on the line's date (ExchangeRates) before the policy compares or sums it.
 * @param endUserType       END_USER, RESELLER, DISTRIBUTOR or FREIGHT_FORWARDER
 * @param declaredCapacity  the most units the end user declared it can use (e.g. per its data-centre plan)
 */
public record Purchase(BigDecimal unitPrice, String currency, String endUserType, LocalDate endUserIncorporated,
                       BigDecimal declaredCapacity) {

    public static final Purchase NONE = new Purchase(null, null, null, null, null);
    public static final java.util.Set<String> END_USER_TYPES = java.util.Set.of("END_USER", "RESELLER", "DISTRIBUTOR", "FREIGHT_FORWARDER");

    /** An end-user type as written ("Freight Forwarder", "reseller") in its canonical form, or null if blank. */
    public static String endUserType(String written) {
        return written == null || written.isBlank() ? null : written.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    public String currencyOrUsd() {
        return currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
