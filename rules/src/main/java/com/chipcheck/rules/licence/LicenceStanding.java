package com.chipcheck.rules.licence;

import java.math.BigDecimal;

/** A licence with what shipments have drawn from it so far. */
public record LicenceStanding(Licence licence, BigDecimal drawnQuantity, BigDecimal drawnValue) {

    public LicenceStanding {
        drawnQuantity = drawnQuantity == null ? BigDecimal.ZERO : drawnQuantity;
        drawnValue = drawnValue == null ? BigDecimal.ZERO : drawnValue;
    }

    /** Units left (null: the licence sets no quantity). */
    public BigDecimal remainingQuantity() {
        return licence.quantity() == null ? null : licence.quantity().subtract(drawnQuantity);
    }

    /** Value left, in the licence's currency (null: the licence sets no value). */
    public BigDecimal remainingValue() {
        return licence.value() == null ? null : licence.value().subtract(drawnValue);
    }
}
