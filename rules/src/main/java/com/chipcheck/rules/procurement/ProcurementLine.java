package com.chipcheck.rules.procurement;

import com.chipcheck.rules.order.Purchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the procurement policy reads about a line: its export outcome, price, quantity, destination and parties.
 * A fact of the policy's own rule base; the policy tables compare against these properties.
 */
public final class ProcurementLine {

    private final String lineId;
    private final String partNumber;
    private final LocalDate asOf;
    private final BigDecimal quantity;
    private final BigDecimal unitPriceUsd;
    private final String currency;
    private final String shipTo;
    private final String endUserCountry;
    private final String endUserType;
    private final LocalDate endUserIncorporated;
    private final BigDecimal declaredCapacity;
    private final boolean intermediateConsignee;
    private final String outcome;
    private final BigDecimal orderValueUsd;
    private final BigDecimal tppShippedInYear;

    public ProcurementLine(String lineId, String partNumber, LocalDate asOf, BigDecimal quantity, BigDecimal unitPriceUsd,
                           String currency, String shipTo, String endUserCountry, String endUserType,
                           LocalDate endUserIncorporated, BigDecimal declaredCapacity, boolean intermediateConsignee,
                           String outcome, BigDecimal orderValueUsd, BigDecimal tppShippedInYear) {
        this.lineId = lineId;
        this.partNumber = partNumber;
        this.asOf = asOf;
        this.quantity = quantity;
        this.unitPriceUsd = unitPriceUsd;
        this.currency = currency;
        this.shipTo = shipTo;
        this.endUserCountry = endUserCountry;
        this.endUserType = Purchase.endUserType(endUserType);
        this.endUserIncorporated = endUserIncorporated;
        this.declaredCapacity = declaredCapacity;
        this.intermediateConsignee = intermediateConsignee;
        this.outcome = outcome;
        this.orderValueUsd = orderValueUsd;
        this.tppShippedInYear = tppShippedInYear;
    }

    public String getLineId() { return lineId; }
    public String getPartNumber() { return partNumber; }
    public LocalDate getAsOf() { return asOf; }
    public BigDecimal getQuantity() { return quantity; }
    /** The unit price in USD (converted at the rate valid on the line's date); null when no price was given or no rate exists. */
    public BigDecimal getUnitPriceUsd() { return unitPriceUsd; }
    public String getCurrency() { return currency; }
    public String getShipTo() { return shipTo; }
    public String getEndUserCountry() { return endUserCountry; }
    /** END_USER, RESELLER, DISTRIBUTOR, FREIGHT_FORWARDER, or null if not stated. */
    public String getEndUserType() { return endUserType; }
    public LocalDate getEndUserIncorporated() { return endUserIncorporated; }
    public BigDecimal getDeclaredCapacity() { return declaredCapacity; }
    public boolean isIntermediateConsignee() { return intermediateConsignee; }
    public String getOutcome() { return outcome; }
    public BigDecimal getOrderValueUsd() { return orderValueUsd; }
    /** TPP x quantity already shipped to the same end user in the year before the as-of date, plus this line. */
    public BigDecimal getTppShippedInYear() { return tppShippedInYear; }

    /** Whole days between incorporation and the as-of date; null if the date of incorporation is unknown. */
    public Long getCompanyAgeDays() {
        return endUserIncorporated == null || asOf == null ? null : ChronoUnit.DAYS.between(endUserIncorporated, asOf);
    }

    /** For policy tables: the as-of date lies in [from, to] (ISO dates; an empty bound is open). */
    public boolean dated(String from, String to) {
        return (open(from) || !asOf.isBefore(LocalDate.parse(from.trim())))
                && (open(to) || !asOf.isAfter(LocalDate.parse(to.trim())));
    }

    /** An empty bound; the decision-table compiler leaves "$2" in place when the cell's second value is empty. */
    private static boolean open(String bound) {
        return bound == null || bound.isBlank() || bound.startsWith("$");
    }

    /** For policy tables: the line is for this part (case-insensitive; an ad-hoc chip has no part number). */
    public boolean partIs(String part) {
        return partNumber != null && partNumber.equalsIgnoreCase(part.trim());
    }

    /** For policy tables: the end-user type is one of a comma-separated list. */
    public boolean typeIn(String types) {
        if (endUserType == null) {
            return false;
        }
        for (String t : types.split("[,;]")) {
            if (endUserType.equals(Purchase.endUserType(t))) {
                return true;
            }
        }
        return false;
    }
}
