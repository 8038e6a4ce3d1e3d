package com.chipcheck.rules.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for a whole order: its lines' decisions, and the outcome they roll up to.
 *
 * @param listVersion   the restricted-party list version every line of this order was screened against
 * @param policyVersion the procurement policy version that reviewed the lines; null if none did
 * @param exchangeRatesVersion the exchange-rate table prices were converted to USD with (null in records written
 *                             before prices in other currencies were converted)
 */
public record OrderDecision(String orderId, LocalDate asOf, String ruleSetVersion, String listVersion, String policyVersion,
                            String exchangeRatesVersion, Outcome outcome, List<LineDecision> lines) {

    public static OrderDecision of(String orderId, LocalDate asOf, String ruleSetVersion, String listVersion,
                                   String policyVersion, String exchangeRatesVersion, List<LineDecision> lines) {
        return new OrderDecision(orderId, asOf, ruleSetVersion, listVersion, policyVersion, exchangeRatesVersion,
                Outcome.mostRestrictive(lines.stream().map(LineDecision::outcome).toList()), List.copyOf(lines));
    }

    /** The same decision with its lines replaced (a licence drawn, a notification looked up), the outcome rolled up again. */
    public OrderDecision withLines(List<LineDecision> replaced) {
        return of(orderId, asOf, ruleSetVersion, listVersion, policyVersion, exchangeRatesVersion, replaced);
    }

    /** Lines that may ship as decided (NLR, ACA, LICENSED, NAC once CLEARED). */
    public long shippableLines() {
        return lines.stream().filter(LineDecision::shippable).count();
    }

    /** NAC lines whose notification has not cleared (NOT_NOTIFIED or WAITING): NAC, and still not shippable. */
    public long nacNotCleared() {
        return lines.stream().filter(l -> l.outcome() == Outcome.NAC && !l.shippable()).count();
    }
}
