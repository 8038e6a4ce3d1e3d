package com.chipcheck.rules.licence;

import java.math.BigDecimal;

/** A NAC notification with the units shipped under it so far. */
public record NacStanding(NacNotification notification, BigDecimal shippedQuantity) {

    public NacStanding {
        shippedQuantity = shippedQuantity == null ? BigDecimal.ZERO : shippedQuantity;
    }

    public BigDecimal remainingQuantity() {
        return notification.quantity().subtract(shippedQuantity);
    }
}
