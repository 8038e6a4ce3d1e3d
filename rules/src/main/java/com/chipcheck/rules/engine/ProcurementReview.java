package com.chipcheck.rules.engine;

import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.decision.Alternative;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.decision.RedFlag;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.money.ExchangeRates;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.procurement.PolicyFinding;
import com.chipcheck.rules.procurement.ProcurementLine;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.procurement.RunningTotals;
import com.chipcheck.rules.procurement.ShipmentHistory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies the company's procurement policy after the export rules: red flags (a HOLD flag holds the line, with the
 * flag as its reason), who must approve, and, for a line that needs a licence, the catalogue parts that would get a
 * lighter outcome for the same line. The export decision itself is not re-argued: the policy reads its outcome.
 */
final class ProcurementReview {

    private static final Set<Outcome> LIGHTER = EnumSet.of(Outcome.NLR, Outcome.ACA, Outcome.NAC);
    private static final int ALTERNATIVES = 5;

    private final ProcurementPolicy policy;
    private final ShipmentHistory history;
    private final ReferenceData reference;
    private final ExchangeRates rates;
    /** Decides lines under the export rules only (no procurement review): for the alternatives. */
    private final Function<List<OrderLine>, List<LineDecision>> exportRulesOnly;
    /** Shared by the engine's checks, by the key of what decides a line (ExportControlEngine.decisionKey). */
    private final Map<List<Object>, List<Alternative>> alternativesByLine;
    /** Normalising a name is the costly part of building a line's facts; an order names few end users. */
    private final Map<String, String> endUserKeys = new HashMap<>();

    ProcurementReview(ProcurementPolicy policy, ShipmentHistory history, ReferenceData reference, ExchangeRates rates,
                      Function<List<OrderLine>, List<LineDecision>> exportRulesOnly,
                      Map<List<Object>, List<Alternative>> alternatives) {
        this.alternativesByLine = alternatives;
        this.policy = policy;
        this.history = history;
        this.reference = reference;
        this.rates = rates;
        this.exportRulesOnly = exportRulesOnly;
    }

    /** @param keys for each line, what decides it under the export rules (the key identical lines share) */
    List<LineDecision> apply(List<OrderLine> lines, List<LineDecision> decisions, List<List<Object>> keys, RunningTotals totals) {
        BigDecimal orderValue = BigDecimal.ZERO;
        boolean anyPrice = false;
        BigDecimal[] unitPriceUsd = new BigDecimal[lines.size()];
        boolean[] noRate = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            OrderLine l = lines.get(i);
            if (l.purchase().unitPrice() == null) {
                continue;
            }
            // a price in any currency is compared and summed in USD at the rate valid on the line's date
            unitPriceUsd[i] = rates.toUsd(l.purchase().unitPrice(), l.purchase().currencyOrUsd(), decisions.get(i).asOf()).orElse(null);
            noRate[i] = unitPriceUsd[i] == null;
            if (unitPriceUsd[i] != null && l.quantity() != null) {
                orderValue = orderValue.add(unitPriceUsd[i].multiply(l.quantity()));
                anyPrice = true;
            }
        }
        List<ProcurementLine> facts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            facts.add(fact("P" + i, lines.get(i), decisions.get(i), unitPriceUsd[i], anyPrice ? orderValue : null, totals));
        }
        Map<String, List<PolicyFinding>> findings = new HashMap<>();
        for (PolicyFinding f : policy.review(facts)) {
            findings.computeIfAbsent(f.getLineId(), k -> new ArrayList<>()).add(f);
        }
        // a price that cannot be converted leaves the order's value unknown, and with it the policy's order-value tiers:
        // that line is held, and so are the others, rather than reviewed against a value that leaves it out
        int unconvertible = -1;
        for (int i = 0; i < lines.size() && unconvertible < 0; i++) {
            unconvertible = noRate[i] ? i : -1;
        }
        List<LineDecision> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineDecision reviewed = review(lines.get(i), decisions.get(i), keys.get(i), findings.getOrDefault("P" + i, List.of()));
            if (noRate[i]) {
                reviewed = DecisionAssembler.heldForNoRate(reviewed, lines.get(i).purchase().currencyOrUsd(), rates.version());
            } else if (unconvertible >= 0) {
                reviewed = DecisionAssembler.heldForUnknownOrderValue(reviewed, lines.get(unconvertible).lineId());
            }
            out.add(reviewed);
        }
        return out;
    }

    private ProcurementLine fact(String key, OrderLine line, LineDecision d, BigDecimal price, BigDecimal orderValue, RunningTotals totals) {
        Party endUser = line.endUser();
        String shipTo = Countries.resolve(line.destinationCountry()).orElse(null);
        String endUserCountry = endUser == null ? null : Countries.resolve(endUser.country()).orElse(null);
        BigDecimal cumulative = null;
        if (d.tpp() != null && line.quantity() != null && endUser != null && endUser.name() != null && line.asOf() != null) {
            String who = endUserKeys.computeIfAbsent(endUser.name() + "|" + line.endUserLocation(), k -> ShipmentHistory.endUserKey(line));
            BigDecimal thisLine = d.tpp().multiply(line.quantity());
            LocalDate asOf = line.asOf();
            BigDecimal before = totals.get(who) != null ? totals.get(who) : history.tppShipped(who, asOf.minusDays(364), asOf);
            cumulative = before.add(thisLine);
            totals.put(who, cumulative); // later lines of the same order count this one
        }
        boolean intermediate = line.otherParties().stream().anyMatch(p -> p.role().equals(LineParty.INTERMEDIATE_CONSIGNEE));
        return new ProcurementLine(key, line.partNumber(), d.asOf(), line.quantity(), price, line.purchase().currencyOrUsd(), shipTo,
                endUserCountry, line.purchase().endUserType(), line.purchase().endUserIncorporated(), line.purchase().declaredCapacity(),
                intermediate, d.outcome().name(), orderValue, cumulative);
    }

    private LineDecision review(OrderLine line, LineDecision d, List<Object> key, List<PolicyFinding> findings) {
        List<RedFlag> flags = new ArrayList<>();
        Set<String> approvers = new TreeSet<>(); // a stable order, whatever order the rules fired in
        PolicyFinding imposed = null;
        for (PolicyFinding f : findings) {
            switch (f.getKind()) {
                case PolicyFinding.RED_FLAG -> flags.add(new RedFlag(f.getCode(), f.getText(), f.getCitation(), f.getSeverity(), f.getRule()));
                case PolicyFinding.APPROVAL -> approvers.add(f.getCode());
                case PolicyFinding.OUTCOME -> imposed = f;
                default -> throw new IllegalStateException("unknown policy finding " + f.getKind());
            }
        }
        flags.sort(Comparator.comparing(RedFlag::code).thenComparing(RedFlag::rule));
        Outcome outcome = d.outcome();
        List<Reason> reasons = new ArrayList<>(d.reasons());
        if (imposed != null) { // the policy's outcome rule (policy-outcome.drl) held the line
            reasons.removeIf(r -> r.kind() == com.chipcheck.rules.decision.ReasonKind.OUTCOME);
            for (RedFlag f : flags) {
                if (f.severity().equals(RedFlag.HOLD)) {
                    reasons.add(new Reason("POLICY-" + f.code(), f.citation(), f.text() + " (policy rule \"" + f.rule() + "\")", com.chipcheck.rules.decision.ReasonKind.HOLD));
                }
            }
            reasons.add(new Reason(imposed.getRuleId(), imposed.getCitation(), imposed.getText(), com.chipcheck.rules.decision.ReasonKind.OUTCOME));
            outcome = Outcome.valueOf(imposed.getCode());
        }
        List<Alternative> options = d.outcome() == Outcome.LICENSE_REQUIRED ? alternatives(line, d, key) : List.of();
        String approval = approvers.isEmpty() ? null : String.join(", ", approvers);
        return d.withProcurement(outcome, reasons, flags, approval, options);
    }

    /**
     * Catalogue parts of the same kind and market (data centre or not) that the export rules treat more lightly for
     * the same line, closest TPP first.
     */
    private List<Alternative> alternatives(OrderLine line, LineDecision requested, List<Object> key) {
        if (requested.tpp() == null || requested.tpp().signum() == 0) {
            return List.of();
        }
        List<Alternative> known = alternativesByLine.get(key);
        if (known != null) {
            return known;
        }
        List<Alternative> found = compute(line, requested);
        alternativesByLine.put(key, found);
        return found;
    }

    /** The comparable catalogue parts decided under the export rules for this line, lighter outcomes only. */
    private List<Alternative> compute(OrderLine line, LineDecision requested) {
        ItemKind kind = line.chip() != null ? line.chip().kind()
                : reference.catalogue().find(line.partNumber()).map(e -> e.spec().kind()).orElse(null);
        Boolean datacenter = line.chip() != null ? line.chip().datacenter()
                : reference.catalogue().find(line.partNumber()).map(e -> e.spec().datacenter()).orElse(null);
        // the same kind of item for the same market: a data-centre buyer is not offered gaming cards
        List<CatalogueEntry> candidates = reference.catalogue().entries().stream()
                .filter(e -> e.spec().kind() == kind && !e.partNumber().equalsIgnoreCase(String.valueOf(line.partNumber())))
                .filter(e -> datacenter == null || datacenter.equals(e.spec().datacenter()))
                .toList();
        List<LineDecision> decided = exportRulesOnly.apply(candidates.stream().map(e -> line.withPart(e.partNumber())).toList());
        List<Alternative> out = new ArrayList<>();
        for (LineDecision c : decided) {
            if (LIGHTER.contains(c.outcome()) && c.tpp() != null) {
                out.add(new Alternative(c.partNumber(), c.outcome(), c.tpp().divide(requested.tpp(), 2, RoundingMode.HALF_UP)));
            }
        }
        out.sort(Comparator.comparing(Alternative::tppRatio).reversed().thenComparing(Alternative::partNumber));
        return List.copyOf(out.subList(0, Math.min(ALTERNATIVES, out.size())));
    }
}
