package com.chipcheck.rules.licence;

import java.math.BigDecimal;

/** A NAC notification with the units shipped under it so far. */
public record NacStanding(NacNotification notification, BigDecimal shippedQuantity, BigDecimal shippedValue) {

    public NacStanding {
        shippedQuantity = shippedQuantity == null ? BigDecimal.ZERO : shippedQuantity;
        shippedValue = shippedValue == null ? BigDecimal.ZERO : shippedValue;
    }

    public NacStanding(NacNotification notification, BigDecimal shippedQuantity) {
        this(notification, shippedQuantity, null);
    }

    /** Value left, in the notification's currency (null: it states no value). */
    public BigDecimal remainingValue() {
        return notification.value() == null ? null : notification.value().subtract(shippedValue);
    }

    public BigDecimal remainingQuantity() {
        return notification.quantity().subtract(shippedQuantity);
    }
}
