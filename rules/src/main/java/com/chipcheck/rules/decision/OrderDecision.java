package com.chipcheck.rules.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for a whole order: its lines' decisions, and the outcome they roll up to.
 *
 * @param listVersion the restricted-party list version every line of this order was screened against
 */
public record OrderDecision(String orderId, LocalDate asOf, String ruleSetVersion, String listVersion, Outcome outcome,
                            List<LineDecision> lines) {

    public static OrderDecision of(String orderId, LocalDate asOf, String ruleSetVersion, String listVersion,
                                   List<LineDecision> lines) {
        return new OrderDecision(orderId, asOf, ruleSetVersion, listVersion,
                Outcome.mostRestrictive(lines.stream().map(LineDecision::outcome).toList()), List.copyOf(lines));
    }
}
