package com.chipcheck.rules.engine;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.facts.Finding;
import com.chipcheck.rules.facts.ItemFact;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.procurement.RunningTotals;
import com.chipcheck.rules.procurement.ShipmentHistory;
import com.chipcheck.rules.screening.PartyScreening;
import com.chipcheck.rules.screening.Screener;
import com.chipcheck.rules.screening.ScreeningLists;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule engine's entry point: decides every line of an order, as of each line's date. Thread-safe; one
 * instance serves a whole application. Lines are evaluated in batches of 100, one Drools session per batch, and a
 * batch that fails is held line by line rather than released.
 */
public final class ExportControlEngine {

    private static final Logger log = LoggerFactory.getLogger(ExportControlEngine.class);

    /** The rule phases, in firing order: each agenda group runs to completion before the next. */
    static final List<String> PHASES = List.of("destinations", "paragraphs", "eccn", "systems", "requirements",
            "exceptions", "outcome");
    /** Lines per Drools session: measured fastest among 25, 50, 100 and 500 (docs/performance.md). */
    private static final int BATCH = 100;
    /** The longest a batch of lines may take in the rules (a batch of 100 takes milliseconds). */
    static final long MAX_BATCH_SECONDS = 60;
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rules-watchdog");
                t.setDaemon(true);
                return t;
            });
    /** Distinct line decisions remembered (a few KB each). */
    private static final int MEMO_SIZE = 2048;

    private final RuleSet ruleSet;
    private final ReferenceData reference;
    private final Clock clock;
    private final ScreeningLists lists;
    private final ProcurementPolicies policies;
    private final ShipmentHistory history;
    /**
     * Alternatives for a licence-required line, by what decides the line (decisionKey): deciding them runs the export
     * rules over every comparable catalogue part, and checks over the API ask the same lines again and again. Only
     * the export rules (this engine's, immutable) decide them, so a cached answer is the answer. Least recently used
     * entries go first.
     */
    private final Map<List<Object>, List<com.chipcheck.rules.decision.Alternative>> alternatives = lru(4096);

    /** Line decisions of earlier checks (see decideDistinct); null in an engine that decides every line afresh. */
    private final Map<List<Object>, LineDecision> memo;

    public ExportControlEngine(RuleSet ruleSet, ReferenceData reference, Clock clock) {
        this(ruleSet, reference, clock, ScreeningLists.none());
    }

    /** @param lists the restricted-party list in use; each check screens all its lines against one version */
    public ExportControlEngine(RuleSet ruleSet, ReferenceData reference, Clock clock, ScreeningLists lists) {
        this(ruleSet, reference, clock, lists, ProcurementPolicies.none(), ShipmentHistory.NONE);
    }

    /**
     * @param policies the company's procurement policy in use (none: no procurement review)
     * @param history  what was shipped before, for the policy's cumulative-TPP cap
     */
    public ExportControlEngine(RuleSet ruleSet, ReferenceData reference, Clock clock, ScreeningLists lists,
                               ProcurementPolicies policies, ShipmentHistory history) {
        this(ruleSet, reference, clock, lists, policies, history, true);
    }

    private ExportControlEngine(RuleSet ruleSet, ReferenceData reference, Clock clock, ScreeningLists lists,
                                ProcurementPolicies policies, ShipmentHistory history, boolean remember) {
        this.ruleSet = ruleSet;
        this.reference = reference;
        this.clock = clock;
        this.lists = lists;
        this.policies = policies;
        this.history = history;
        this.memo = remember ? lru(MEMO_SIZE) : null;
    }

    /** The same engine deciding every line through the rules, remembering nothing: what a replay uses. */
    public ExportControlEngine afresh() {
        return new ExportControlEngine(ruleSet, reference, clock, lists, policies, history, false);
    }

    private static <V> Map<List<Object>, V> lru(int capacity) {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The rule base and reference data shipped in this jar. Compiling takes a few seconds: build it once. */
    public static ExportControlEngine bundled() {
        return new ExportControlEngine(RuleSet.bundled(), ReferenceData.bundled(), Clock.systemUTC());
    }

    /**
     * Decides the distinct lines of an order, taking those already decided by an earlier check from the memo: the
     * decision is a function of the line's facts, its screening hits, the list version and the date, under this
     * engine's immutable rule base and reference data, so a remembered decision is the decision.
     */
    private List<LineDecision> decideDistinct(List<Pending> distinct, List<List<Object>> keys, LocalDate orderAsOf) {
        LineDecision[] out = new LineDecision[distinct.size()];
        List<Pending> misses = new ArrayList<>();
        List<Integer> missAt = new ArrayList<>();
        for (int d = 0; d < out.length; d++) {
            out[d] = memo == null ? null : memo.get(keys.get(d));
            if (out[d] == null) {
                misses.add(distinct.get(d));
                missAt.add(d);
            }
        }
        for (int from = 0; from < misses.size(); from += BATCH) {
            List<LineDecision> batch = decideBatch(misses.subList(from, Math.min(misses.size(), from + BATCH)), orderAsOf);
            for (int j = 0; j < batch.size(); j++) {
                int d = missAt.get(from + j);
                out[d] = batch.get(j);
                if (memo != null && out[d].outcome() != com.chipcheck.rules.decision.Outcome.HOLD) { // a hold may be an internal error: decide it again
                    memo.put(keys.get(d), out[d]);
                }
            }
        }
        return java.util.Arrays.asList(out);
    }

    /**
     * What decides a line under the export rules, and so keys the remembered decisions and alternatives: the line as
     * the rules see it, its screening hits, the list version and the order's date.
     */
    private static List<Object> decisionKey(OrderLine sameFacts, List<PartyScreening> screening, String listVersion, LocalDate orderAsOf) {
        return List.of(listVersion, orderAsOf, sameFacts, LineScreening.anyHit(screening) ? screening : List.of());
    }

    /** A line to evaluate with its parties already screened. */
    private record Pending(OrderLine line, List<PartyScreening> screening) {
    }

    /**
     * Decides every line, screening all of them against one list version. Lines that would give the rules the same
     * facts (common in large orders: the same part to the same customer on the same date, many times) are evaluated
     * once and the decision copied under each line id with the line's own screening. The rules read no party name,
     * only screening hits: lines without a hit that differ only in party names give the same facts, while a line
     * with a hit keeps its names in the comparison (its reasons quote them).
     */
    public OrderDecision check(Order order) {
        return decide(order, lists.current(), policies.current());
    }

    /**
     * As {@link #check(Order)}, with the list version and procurement policy (may be null) fixed by the caller, and
     * the running TPP totals of an order decided in parts.
     */
    public OrderDecision check(Order order, Screener screener, ProcurementPolicy policy, RunningTotals totals) {
        return decide(order, screener, policy, totals);
    }

    private OrderDecision decide(Order order, Screener screener, ProcurementPolicy policy) {
        return decide(order, screener, policy, new RunningTotals());
    }

    private OrderDecision decide(Order order, Screener screener, ProcurementPolicy policy, RunningTotals totals) {
        LocalDate orderAsOf = order.asOf() != null ? order.asOf() : LocalDate.now(clock);
        Map<OrderLine, Integer> distinctIndex = new HashMap<>();
        List<Pending> distinct = new ArrayList<>();
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
                distinct.add(new Pending(line, screening));
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
            ProcurementReview review = new ProcurementReview(policy, history, reference,
                    lines -> decide(new Order(order.orderId(), orderAsOf, lines), screener, null).lines(),
                    alternatives);
            try {
                decisions = review.apply(order.lines(), decisions, keys, totals);
            } catch (RuntimeException e) {
                log.error("procurement review failed for order {}; holding its lines", order.orderId(), e);
                decisions = decisions.stream().map(d -> DecisionAssembler.heldByPolicyFailure(d, e)).toList();
            }
        }
        return OrderDecision.of(order.orderId(), orderAsOf, ruleSet.version(), screener.list().version().id(),
                policy == null ? null : policy.version(), decisions);
    }

    public LineDecision check(OrderLine line, LocalDate defaultAsOf) {
        Pending pending = new Pending(line, LineScreening.of(line, lists.current()));
        return decideBatch(List.of(pending), defaultAsOf != null ? defaultAsOf : LocalDate.now(clock)).get(0);
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

    /** The same engine with other reference data (for impact analysis): same rules, lists, policy and history. */
    public ExportControlEngine withReference(ReferenceData candidate) {
        return new ExportControlEngine(ruleSet, candidate, clock, lists, policies, history);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public ReferenceData reference() {
        return reference;
    }

    private List<LineDecision> decideBatch(List<Pending> lines, LocalDate orderAsOf) {
        try {
            return evaluate(lines, orderAsOf);
        } catch (RuntimeException e) {
            log.error("rule evaluation failed for a batch of {} lines; holding them", lines.size(), e);
            List<LineDecision> held = new ArrayList<>();
            for (Pending p : lines) {
                held.add(DecisionAssembler.failed(p.line(), asOf(p.line(), orderAsOf), e.getClass().getSimpleName() + ": " + e.getMessage())
                        .withScreening(p.screening()));
            }
            return held;
        }
    }

    private List<LineDecision> evaluate(List<Pending> lines, LocalDate orderAsOf) {
        Map<String, LineFacts> byKey = new HashMap<>();
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.insert(reference.thresholds());
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i).line();
                String key = "L" + i;
                LineFacts facts = LineFacts.of(line, key, asOf(line, orderAsOf), reference, lines.get(i).screening());
                byKey.put(key, facts);
                facts.facts().forEach(session::insert);
            }
            for (int p = PHASES.size() - 1; p >= 0; p--) {
                session.getAgenda().getAgendaGroup(PHASES.get(p)).setFocus();
            }
            // a batch that runs away (a rule that loops, a figure that slipped past the bounds) is stopped and held,
            // never left to hold a thread for ever
            java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                stopped.set(true);
                session.halt();
            }, MAX_BATCH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            try {
                session.fireAllRules();
            } finally {
                watchdog.cancel(false);
            }
            if (stopped.get()) {
                throw new IllegalStateException("the rules took longer than " + MAX_BATCH_SECONDS + " s for a batch of " + lines.size()
                        + " lines and were stopped");
            }
            Map<String, List<Finding>> findings = new HashMap<>();
            Map<String, List<ItemFact>> items = new HashMap<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    findings.computeIfAbsent(f.getLineId(), k -> new ArrayList<>()).add(f);
                } else if (o instanceof ItemFact item) {
                    items.computeIfAbsent(item.getLineId(), k -> new ArrayList<>()).add(item);
                }
            }
            List<LineDecision> out = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                String key = "L" + i;
                OrderLine line = lines.get(i).line();
                LocalDate asOf = asOf(line, orderAsOf);
                List<Finding> lineFindings = findings.getOrDefault(key, new ArrayList<>());
                lineFindings.sort(Finding.IN_ORDER);
                LineFacts facts = byKey.get(key);
                out.add(DecisionAssembler.assemble(line, asOf, lineFindings, items.getOrDefault(key, List.of()),
                        facts.groupsUsed(), facts.inForce(), lines.get(i).screening()));
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    private static LocalDate asOf(OrderLine line, LocalDate orderAsOf) {
        return line.asOf() != null ? line.asOf() : orderAsOf;
    }
}
