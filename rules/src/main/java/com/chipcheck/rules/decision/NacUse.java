package com.chipcheck.rules.decision;

import java.time.LocalDate;

/**
 * A NAC line's notification to BIS and where it stands on the line's ship date.
 *
 * @param notificationId   the matching notification (null when NOT_NOTIFIED)
 * @param submitted        the day it was submitted to BIS
 * @param earliestShipDate the 25th calendar day after submission, the first day NAC can be used (740.8(c))
 */
public record NacUse(String notificationId, LocalDate submitted, LocalDate earliestShipDate, NacStatus status) {
}
