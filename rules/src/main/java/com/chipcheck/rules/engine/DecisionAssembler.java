package com.chipcheck.rules.engine;

import com.chipcheck.rules.decision.ExceptionEvaluated;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.decision.RequirementFound;
import com.chipcheck.rules.facts.AcDestination;
import com.chipcheck.rules.facts.Advisory;
import com.chipcheck.rules.facts.Classification;
import com.chipcheck.rules.facts.D5OrMacauDestination;
import com.chipcheck.rules.facts.D5OrMacauHeadquarters;
import com.chipcheck.rules.facts.DatacenterDesignation;
import com.chipcheck.rules.facts.ExceptionFinding;
import com.chipcheck.rules.facts.Exclusion;
import com.chipcheck.rules.facts.Finding;
import com.chipcheck.rules.facts.Hold;
import com.chipcheck.rules.facts.ItemFact;
import com.chipcheck.rules.facts.LicenceRequirement;
import com.chipcheck.rules.facts.NotControlled;
import com.chipcheck.rules.facts.OutcomeFinding;
import com.chipcheck.rules.facts.ParagraphMet;
import com.chipcheck.rules.facts.Prohibition;
import com.chipcheck.rules.item.ProcessingFigures;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.screening.PartyScreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the findings the rules inserted for one line and writes the line's decision. */
final class DecisionAssembler {

    static final String ENGINE_RULE = "ENGINE-SAFETY";
    static final String ENGINE_CITATION = "Fail-closed policy of this engine (README, 'Outcomes')";

    private DecisionAssembler() {
    }

    static LineDecision assemble(OrderLine line, LocalDate asOf, List<Finding> findings, List<ItemFact> items,
                                 Map<String, Set<String>> groupsUsed, Set<String> inForce, List<PartyScreening> screening) {
        ItemFact top = items.stream().filter(ItemFact::isTop).findFirst().orElse(null);
        List<Reason> reasons = new ArrayList<>();
        List<Reason> advisories = new ArrayList<>();
        List<RequirementFound> requirements = new ArrayList<>();
        List<ExceptionEvaluated> exceptions = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        String eccn = null;
        for (Finding f : findings) {
            if (f instanceof Advisory) {
                advisories.add(reason(f, com.chipcheck.rules.decision.ReasonKind.ADVISORY));
                continue;
            }
            reasons.add(reason(f, kind(f)));
            if (f instanceof LicenceRequirement r) {
                requirements.add(new RequirementFound(r.getRuleId(), r.getCitation(), r.getBasis(),
                        r.isEnforced() ? "ENFORCED" : "LEGAL_TEXT_ONLY", r.getText()));
            } else if (f instanceof ExceptionFinding e) {
                exceptions.add(new ExceptionEvaluated(e.getCode(), e.isAvailable(), e.getRuleId(), e.getCitation(), e.getText()));
            } else if (f instanceof OutcomeFinding o) {
                outcomes.add(o.getOutcome());
            } else if (f instanceof Classification c && c.isTop()) {
                eccn = c.getEccn();
            }
        }
        Outcome outcome = outcomes.size() == 1 ? outcomes.get(0) : Outcome.HOLD;
        if (outcomes.size() != 1) {
            reasons.add(new Reason(ENGINE_RULE, ENGINE_CITATION, "The rule base gave " + outcomes.size()
                    + " outcomes for this line instead of one; held for review", com.chipcheck.rules.decision.ReasonKind.HOLD));
        }
        List<String> licenseExceptions = switch (outcome) {
            case NAC -> List.of("NAC");
            case ACA -> List.of("ACA");
            default -> List.of();
        };
        return new LineDecision(line.lineId(), partNumber(line, top), asOf, eccn, paragraph(eccn, findings, top),
                tpp(top, items), ProcessingFigures.forDisplay(density(top, items)), outcome, licenseExceptions,
                List.copyOf(reasons), List.copyOf(advisories), List.copyOf(requirements), List.copyOf(exceptions),
                Map.copyOf(groupsUsed), inForce, List.copyOf(screening), List.of(), null, List.of());
    }

    /** A decision for a line the engine could not evaluate at all: held, never released. */
    static LineDecision failed(OrderLine line, LocalDate asOf, String why) {
        Reason reason = new Reason(ENGINE_RULE, ENGINE_CITATION, "Internal error, held for review: " + why, com.chipcheck.rules.decision.ReasonKind.HOLD);
        return new LineDecision(line.lineId(), line.partNumber(), asOf, null, null, null, null, Outcome.HOLD, List.of(),
                List.of(reason), List.of(), List.of(), List.of(), Map.of(), Set.of(), List.of(), List.of(), null, List.of());
    }

    /** A line the procurement policy could not review: held, never released on the export decision alone. */
    static LineDecision heldByPolicyFailure(LineDecision d, RuntimeException e) {
        List<Reason> reasons = new ArrayList<>(d.reasons());
        reasons.removeIf(r -> r.kind() == com.chipcheck.rules.decision.ReasonKind.OUTCOME);
        reasons.add(new Reason(ENGINE_RULE, ENGINE_CITATION, "Internal error in the procurement policy review, held for review: "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), com.chipcheck.rules.decision.ReasonKind.HOLD));
        Outcome outcome = d.outcome() == Outcome.PROHIBITED ? Outcome.PROHIBITED : Outcome.HOLD;
        return d.withProcurement(outcome, reasons, List.of(), null, List.of());
    }

    /**
     * A price the policy cannot compare: its currency has no rate on the line's date in the exchange-rate table in use.
     * Held, never passed as if no price were given (unless the line is prohibited anyway).
     */
    static LineDecision heldForNoRate(LineDecision d, String currency, String ratesVersion) {
        List<Reason> reasons = new ArrayList<>(d.reasons());
        reasons.removeIf(r -> r.kind() == com.chipcheck.rules.decision.ReasonKind.OUTCOME);
        String why = com.chipcheck.rules.money.Currencies.isIso4217(currency)
                ? "The unit price is in " + currency + ", and the exchange-rate table in use (" + ratesVersion + ") has no " + currency
                        + " rate on " + d.asOf() + ": the price cannot be compared with the price bands; held for review"
                : "The unit price is in \"" + currency + "\", which is not an ISO 4217 currency code: the price cannot be compared "
                        + "with the price bands; held for review";
        reasons.add(new Reason(com.chipcheck.rules.money.ExchangeRates.NO_RATE_RULE,
                "Procurement policy: prices are compared in USD at the rate valid on the ship date", why,
                com.chipcheck.rules.decision.ReasonKind.HOLD));
        Outcome outcome = d.outcome() == Outcome.PROHIBITED ? Outcome.PROHIBITED : Outcome.HOLD;
        return d.withProcurement(outcome, reasons, d.redFlags(), d.approvalNeeded(), d.alternatives());
    }

    /** Another line's price cannot be converted: the order's value, which the policy's tiers read, is unknown. */
    static LineDecision heldForUnknownOrderValue(LineDecision d, String lineWithoutRate) {
        List<Reason> reasons = new ArrayList<>(d.reasons());
        reasons.removeIf(r -> r.kind() == com.chipcheck.rules.decision.ReasonKind.OUTCOME);
        reasons.add(new Reason(com.chipcheck.rules.money.ExchangeRates.NO_RATE_RULE,
                "Procurement policy: prices are compared in USD at the rate valid on the ship date",
                "The order's value cannot be computed in USD: the price of line " + lineWithoutRate + " cannot be converted, so the policy's "
                        + "order-value tiers cannot be applied; held with it for review",
                com.chipcheck.rules.decision.ReasonKind.HOLD));
        Outcome outcome = d.outcome() == Outcome.PROHIBITED ? Outcome.PROHIBITED : Outcome.HOLD;
        return d.withProcurement(outcome, reasons, d.redFlags(), d.approvalNeeded(), d.alternatives());
    }

    private static Reason reason(Finding f, com.chipcheck.rules.decision.ReasonKind kind) {
        return new Reason(f.getRuleId(), f.getCitation(), f.getText(), kind);
    }

    private static com.chipcheck.rules.decision.ReasonKind kind(Finding f) {
        if (f instanceof ParagraphMet || f instanceof Classification || f instanceof Exclusion || f instanceof NotControlled
                || f instanceof DatacenterDesignation) {
            return com.chipcheck.rules.decision.ReasonKind.CLASSIFICATION;
        }
        if (f instanceof AcDestination || f instanceof D5OrMacauDestination || f instanceof D5OrMacauHeadquarters) {
            return com.chipcheck.rules.decision.ReasonKind.DESTINATION;
        }
        if (f instanceof LicenceRequirement || f instanceof Prohibition) {
            return com.chipcheck.rules.decision.ReasonKind.REQUIREMENT;
        }
        if (f instanceof ExceptionFinding || f instanceof com.chipcheck.rules.facts.ExceptionEligibility) {
            return com.chipcheck.rules.decision.ReasonKind.EXCEPTION;
        }
        if (f instanceof Hold) {
            return com.chipcheck.rules.decision.ReasonKind.HOLD;
        }
        if (f instanceof OutcomeFinding) {
            return com.chipcheck.rules.decision.ReasonKind.OUTCOME;
        }
        return com.chipcheck.rules.decision.ReasonKind.NOTE;
    }

    private static String partNumber(OrderLine line, ItemFact top) {
        return line.partNumber() != null ? line.partNumber() : top == null ? null : top.getPartNumber();
    }

    /** The finest paragraph met: of the item itself, or for a system its ECCN (4A090.a has no sub-paragraphs). */
    private static String paragraph(String eccn, List<Finding> findings, ItemFact top) {
        if (eccn == null || top == null) {
            return null;
        }
        return findings.stream()
                .filter(f -> f instanceof ParagraphMet p && p.getItemId().equals(top.getItemId()) && p.getEccn().equals(eccn))
                .map(f -> ((ParagraphMet) f).getParagraph())
                .min(Comparator.naturalOrder())
                .orElse(eccn);
    }

    /** The item's TPP; for a system, that of the most capable IC it contains. */
    private static BigDecimal tpp(ItemFact top, List<ItemFact> items) {
        if (top == null) {
            return null;
        }
        if (top.getTpp() != null || top.getKind() != com.chipcheck.rules.item.ItemKind.SYSTEM) {
            return top.getTpp();
        }
        return items.stream().map(ItemFact::getTpp).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
    }

    private static BigDecimal density(ItemFact top, List<ItemFact> items) {
        if (top == null) {
            return null;
        }
        if (top.getKind() != com.chipcheck.rules.item.ItemKind.SYSTEM) {
            return top.getPerformanceDensity();
        }
        return items.stream().filter(i -> i.getPerformanceDensity() != null)
                .max(Comparator.comparing(ItemFact::getTpp)).map(ItemFact::getPerformanceDensity).orElse(null);
    }
}
