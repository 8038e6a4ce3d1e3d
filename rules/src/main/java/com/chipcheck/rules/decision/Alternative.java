package com.chipcheck.rules.decision;

import java.math.BigDecimal;

/**
 * A catalogue part that would get a lighter outcome for the same destination, parties and date.
 *
 * @param tppRatio its total processing performance divided by the requested part's (e.g. 0.15)
 */
public record Alternative(String partNumber, Outcome outcome, BigDecimal tppRatio) {
}
