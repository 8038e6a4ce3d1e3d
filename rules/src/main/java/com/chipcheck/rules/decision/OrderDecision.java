package com.chipcheck.rules.decision;

import java.time.LocalDate;
import java.util.List;

/** The answer for a whole order: its lines' decisions, and the outcome they roll up to. */
public record OrderDecision(String orderId, LocalDate asOf, String ruleSetVersion, Outcome outcome,
                            List<LineDecision> lines) {

    public static OrderDecision of(String orderId, LocalDate asOf, String ruleSetVersion, List<LineDecision> lines) {
        return new OrderDecision(orderId, asOf, ruleSetVersion,
                Outcome.mostRestrictive(lines.stream().map(LineDecision::outcome).toList()), List.copyOf(lines));
    }
}
