package com.chipcheck.rules.engine;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.facts.Finding;
import com.chipcheck.rules.facts.ItemFact;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs screened lines through the rule base: one Drools session per batch of lines, the phases in order, and the
 * findings assembled into line decisions. A batch that fails or runs away is held line by line, never released.
 */
final class RuleSession {

    private static final Logger log = LoggerFactory.getLogger(RuleSession.class);

    /** The rule phases, in firing order: each agenda group runs to completion before the next. */
    static final List<String> PHASES = List.of("destinations", "paragraphs", "eccn", "systems", "requirements",
            "exceptions", "outcome");
    /** Lines per Drools session: measured fastest among 25, 50, 100 and 500 (docs/performance.md). */
    static final int BATCH = 100;
    /** The longest a batch of lines may take in the rules (a batch of 100 takes milliseconds). */
    static final long MAX_BATCH_SECONDS = 60;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rules-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final RuleSet ruleSet;
    private final ReferenceData reference;

    RuleSession(RuleSet ruleSet, ReferenceData reference) {
        this.ruleSet = ruleSet;
        this.reference = reference;
    }

    /** Decides up to {@link #BATCH} lines in one session; on any failure, holds each of them with the reason. */
    List<LineDecision> decide(List<ScreenedLine> lines, LocalDate orderAsOf) {
        try {
            return evaluate(lines, orderAsOf);
        } catch (RuntimeException e) {
            log.error("rule evaluation failed for a batch of {} lines; holding them", lines.size(), e);
            List<LineDecision> held = new ArrayList<>();
            for (ScreenedLine l : lines) {
                held.add(DecisionAssembler.failed(l.line(), l.asOf(orderAsOf), e.getClass().getSimpleName() + ": " + e.getMessage())
                        .withScreening(l.screening()));
            }
            return held;
        }
    }

    private List<LineDecision> evaluate(List<ScreenedLine> lines, LocalDate orderAsOf) {
        List<LineFacts> facts = new ArrayList<>(lines.size());
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.insert(reference.thresholds());
            for (int i = 0; i < lines.size(); i++) {
                ScreenedLine l = lines.get(i);
                LineFacts lineFacts = LineFacts.of(l.line(), key(i), l.asOf(orderAsOf), reference, l.screening());
                facts.add(lineFacts);
                lineFacts.facts().forEach(session::insert);
            }
            fireWithinLimit(session, lines.size());
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
                ScreenedLine l = lines.get(i);
                List<Finding> lineFindings = findings.getOrDefault(key(i), new ArrayList<>());
                lineFindings.sort(Finding.IN_ORDER);
                out.add(DecisionAssembler.assemble(l.line(), l.asOf(orderAsOf), lineFindings, items.getOrDefault(key(i), List.of()),
                        facts.get(i).groupsUsed(), facts.get(i).inForce(), l.screening()));
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires the phases in order. A batch that runs away (a rule that loops, a figure that slipped past the bounds) is
     * stopped and held, never left to hold a thread for ever.
     */
    private static void fireWithinLimit(KieSession session, int lines) {
        for (int p = PHASES.size() - 1; p >= 0; p--) {
            session.getAgenda().getAgendaGroup(PHASES.get(p)).setFocus();
        }
        AtomicBoolean stopped = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            stopped.set(true);
            session.halt();
        }, MAX_BATCH_SECONDS, TimeUnit.SECONDS);
        try {
            session.fireAllRules();
        } finally {
            watchdog.cancel(false);
        }
        if (stopped.get()) {
            throw new IllegalStateException("the rules took longer than " + MAX_BATCH_SECONDS + " s for a batch of " + lines
                    + " lines and were stopped");
        }
    }

    /** The line key the facts of the i-th line carry within one session. */
    private static String key(int i) {
        return "L" + i;
    }
}
