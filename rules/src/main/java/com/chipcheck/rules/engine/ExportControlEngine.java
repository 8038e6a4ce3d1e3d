package com.chipcheck.rules.engine;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.money.ExchangeRateTables;
import com.chipcheck.rules.money.ExchangeRates;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.procurement.RunningTotals;
import com.chipcheck.rules.procurement.ShipmentHistory;
import com.chipcheck.rules.screening.PartyScreening;
import com.chipcheck.rules.screening.Screener;
import com.chipcheck.rules.screening.ScreeningLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule engine's entry point: decides every line of an order, as of each line's date. Thread-safe; one
 * instance serves a whole application. Lines that give the rules the same facts are decided once; decisions of
 * earlier checks come from a {@link DecisionMemo}; the rest go through a {@link RuleSession} in batches; the
 * company's procurement policy, if any, reviews the result.
 * <p>
 * Size: over 250 lines with its nested {@link Builder}, the one way to make an engine.
 */
public final class ExportControlEngine {

    private static final Logger log = LoggerFactory.getLogger(ExportControlEngine.class);

    private final RuleSet ruleSet;
    private final ReferenceData reference;
    private final Clock clock;
    private final ScreeningLists lists;
    private final ProcurementPolicies policies;
    private final ShipmentHistory history;
    private final ExchangeRateTables rates;
    private final DecisionMemo memo;
    private final RuleSession rules;

    private ExportControlEngine(Builder b) {
        this.ruleSet = b.ruleSet;
        this.reference = b.reference;
        this.clock = b.clock;
        this.lists = b.lists;
        this.policies = b.policies;
        this.history = b.history;
        this.rates = b.rates;
        this.memo = b.remember ? DecisionMemo.remembering() : DecisionMemo.decidingAfresh();
        this.rules = new RuleSession(ruleSet, reference);
    }

    /** An engine over this rule base and reference data: no list, no policy, the system clock until told otherwise. */
    public static Builder builder(RuleSet ruleSet, ReferenceData reference) {
        return new Builder(ruleSet, reference);
    }

    /** The rule base and reference data shipped in this jar. Compiling takes a few seconds: build it once. */
    public static ExportControlEngine bundled() {
        return builder(RuleSet.bundled(), ReferenceData.bundled()).build();
    }

    /** A builder holding this engine's parts, to build a variant of it. */
    public Builder toBuilder() {
        return new Builder(ruleSet, reference).clock(clock).lists(lists).policies(policies).history(history).rates(rates)
                .remembering(memo.remembersDecisions());
    }

    /** The same engine deciding every line through the rules, remembering nothing: what a replay uses. */
    public ExportControlEngine afresh() {
        return toBuilder().remembering(false).build();
    }

    /** The same engine with other reference data (for impact analysis): same rules, lists, policy and history. */
    public ExportControlEngine withReference(ReferenceData candidate) {
        Builder b = toBuilder();
        b.reference = candidate;
        return b.build();
    }

    /**
     * Decides every line, screening all of them against one list version. Lines that would give the rules the same
     * facts (common in large orders: the same part to the same customer on the same date, many times) are evaluated
     * once and the decision copied under each line id with the line's own screening. The rules read no party name,
     * only screening hits: lines without a hit that differ only in party names give the same facts, while a line
     * with a hit keeps its names in the comparison (its reasons quote them).
     */
    public OrderDecision check(Order order) {
        return decide(order, lists.current(), policies.current(), rates.current(), new RunningTotals());
    }

    /**
     * As {@link #check(Order)}, with the list version, procurement policy (may be null) and exchange-rate table fixed by
     * the caller, and the running TPP totals of an order decided in parts.
     */
    public OrderDecision check(Order order, Screener screener, ProcurementPolicy policy, ExchangeRates rates, RunningTotals totals) {
        return decide(order, screener, policy, rates, totals);
    }

    /** One line, through the rules (no memo, no procurement review). */
    public LineDecision check(OrderLine line, LocalDate defaultAsOf) {
        ScreenedLine screened = new ScreenedLine(line, LineScreening.of(line, lists.current()));
        return rules.decide(List.of(screened), defaultAsOf != null ? defaultAsOf : LocalDate.now(clock)).get(0);
    }

    private OrderDecision decide(Order order, Screener screener, ProcurementPolicy policy, ExchangeRates rates, RunningTotals totals) {
        LocalDate orderAsOf = order.asOf() != null ? order.asOf() : LocalDate.now(clock);
        Map<OrderLine, Integer> distinctIndex = new HashMap<>();
        List<ScreenedLine> distinct = new ArrayList<>();
        List<List<Object>> distinctKeys = new ArrayList<>();
        String listVersion = screener.list().version().id();
        List<List<PartyScreening>> screenings = new ArrayList<>(order.lines().size());
        int[] source = new int[order.lines().size()];
        for (int i = 0; i < source.length; i++) {
            OrderLine line = order.lines().get(i);
            List<PartyScreening> screening = LineScreening.of(line, screener);
            screenings.add(screening);
            OrderLine sameFacts = (LineScreening.anyHit(screening) ? line.withLineId(null) : line.withLineId(null).withoutPartyNames())
                    .withoutPurchase();
            source[i] = distinctIndex.computeIfAbsent(sameFacts, k -> {
                distinct.add(new ScreenedLine(line, screening));
                distinctKeys.add(decisionKey(k, screening, listVersion, orderAsOf));
                return distinct.size() - 1;
            });
        }
        List<LineDecision> decided = decideDistinct(distinct, distinctKeys, orderAsOf);
        List<LineDecision> decisions = new ArrayList<>(source.length);
        for (int i = 0; i < source.length; i++) {
            decisions.add(decided.get(source[i]).withLineId(order.lines().get(i).lineId()).withScreening(screenings.get(i)));
        }
        if (policy != null) {
            List<List<Object>> keys = new ArrayList<>(source.length);
            for (int i = 0; i < source.length; i++) {
                keys.add(distinctKeys.get(source[i]));
            }
            decisions = review(order, orderAsOf, screener, policy, rates, totals, decisions, keys);
        }
        return OrderDecision.of(order.orderId(), orderAsOf, ruleSet.version(), screener.list().version().id(),
                policy == null ? null : policy.version(), rates.version(), decisions);
    }

    /**
     * Decides the distinct lines of an order, taking those already decided by an earlier check from the memo: the
     * decision is a function of the line's facts, its screening hits, the list version and the date, under this
     * engine's immutable rule base and reference data, so a remembered decision is the decision.
     */
    private List<LineDecision> decideDistinct(List<ScreenedLine> distinct, List<List<Object>> keys, LocalDate orderAsOf) {
        LineDecision[] out = new LineDecision[distinct.size()];
        List<ScreenedLine> misses = new ArrayList<>();
        List<Integer> missAt = new ArrayList<>();
        for (int d = 0; d < out.length; d++) {
            out[d] = memo.decision(keys.get(d));
            if (out[d] == null) {
                misses.add(distinct.get(d));
                missAt.add(d);
            }
        }
        for (int from = 0; from < misses.size(); from += RuleSession.BATCH) {
            List<LineDecision> batch = rules.decide(misses.subList(from, Math.min(misses.size(), from + RuleSession.BATCH)), orderAsOf);
            for (int j = 0; j < batch.size(); j++) {
                int d = missAt.get(from + j);
                out[d] = batch.get(j);
                memo.remember(keys.get(d), out[d]);
            }
        }
        return Arrays.asList(out);
    }

    /** The procurement policy's review of decided lines; if the review itself fails, every line is held. */
    private List<LineDecision> review(Order order, LocalDate orderAsOf, Screener screener, ProcurementPolicy policy, ExchangeRates rates,
                                      RunningTotals totals, List<LineDecision> decisions, List<List<Object>> keys) {
        ProcurementReview review = new ProcurementReview(policy, history, reference, rates,
                lines -> decide(new Order(order.orderId(), orderAsOf, lines), screener, null, rates, new RunningTotals()).lines(),
                memo.alternatives());
        try {
            return review.apply(order.lines(), decisions, keys, totals);
        } catch (RuntimeException e) {
            log.error("procurement review failed for order {}; holding its lines", order.orderId(), e);
            return decisions.stream().map(d -> DecisionAssembler.heldByPolicyFailure(d, e)).toList();
        }
    }

    /**
     * What decides a line under the export rules, and so keys the remembered decisions and alternatives: the line as
     * the rules see it, its screening hits, the list version and the order's date.
     */
    private static List<Object> decisionKey(OrderLine sameFacts, List<PartyScreening> screening, String listVersion, LocalDate orderAsOf) {
        return List.of(listVersion, orderAsOf, sameFacts, LineScreening.anyHit(screening) ? screening : List.of());
    }

    public String ruleSetVersion() {
        return ruleSet.version();
    }

    public ScreeningLists lists() {
        return lists;
    }

    public ProcurementPolicies policies() {
        return policies;
    }

    public ShipmentHistory history() {
        return history;
    }

    /** The exchange-rate table in use, for prices in other currencies than USD. */
    public ExchangeRateTables rates() {
        return rates;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The parts of an engine; only the rule base and reference data are required. */
    public static final class Builder {
        private final RuleSet ruleSet;
        private ReferenceData reference;
        private Clock clock = Clock.systemUTC();
        private ScreeningLists lists = ScreeningLists.none();
        private ProcurementPolicies policies = ProcurementPolicies.none();
        private ShipmentHistory history = ShipmentHistory.NONE;
        private ExchangeRateTables rates = ExchangeRateTables.bundled();
        private boolean remember = true;

        private Builder(RuleSet ruleSet, ReferenceData reference) {
            this.ruleSet = java.util.Objects.requireNonNull(ruleSet, "ruleSet");
            this.reference = java.util.Objects.requireNonNull(reference, "reference");
        }

        /** The clock that dates an order without a date of its own. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The restricted-party list in use; each check screens all its lines against one version. */
        public Builder lists(ScreeningLists lists) {
            this.lists = lists;
            return this;
        }

        /** The company's procurement policy in use (none: no procurement review). */
        public Builder policies(ProcurementPolicies policies) {
            this.policies = policies;
            return this;
        }

        /** What was shipped before, for the policy's cumulative-TPP cap. */
        public Builder history(ShipmentHistory history) {
            this.history = history;
            return this;
        }

        /** The exchange-rate table in use (the bundled one unless told otherwise). */
        public Builder rates(ExchangeRateTables rates) {
            this.rates = rates;
            return this;
        }

        /** Whether decisions of earlier checks are remembered (true by default; a replay decides afresh). */
        public Builder remembering(boolean remember) {
            this.remember = remember;
            return this;
        }

        public ExportControlEngine build() {
            return new ExportControlEngine(this);
        }
    }
}
