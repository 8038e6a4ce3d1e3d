package com.chipcheck.rules.engine;

import com.chipcheck.rules.decision.Alternative;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an engine remembers between checks: line decisions and the alternatives of licence-required lines, each keyed
 * by what decides the line under the export rules (see {@link ExportControlEngine}). An engine's rule base and
 * reference data never change, so a remembered answer is the answer. Least recently used entries go first.
 */
final class DecisionMemo {

    /** Distinct line decisions remembered (a few KB each). */
    private static final int DECISIONS = 2048;
    private static final int ALTERNATIVES = 4096;

    private final Map<List<Object>, LineDecision> decisions;
    private final Map<List<Object>, List<Alternative>> alternatives = lru(ALTERNATIVES);

    private DecisionMemo(boolean rememberDecisions) {
        this.decisions = rememberDecisions ? lru(DECISIONS) : null;
    }

    /** Remembers decisions and alternatives. */
    static DecisionMemo remembering() {
        return new DecisionMemo(true);
    }

    /**
     * Remembers only alternatives: every line goes through the rules, as a replay must; alternatives are a suggestion
     * outside the decision, the same whichever way they were found.
     */
    static DecisionMemo decidingAfresh() {
        return new DecisionMemo(false);
    }

    boolean remembersDecisions() {
        return decisions != null;
    }

    /** The remembered decision, or null. */
    LineDecision decision(List<Object> key) {
        return decisions == null ? null : decisions.get(key);
    }

    /** Remembers a decision, unless it is a hold: a hold may come from an internal error, so it is decided again. */
    void remember(List<Object> key, LineDecision decision) {
        if (decisions != null && decision.outcome() != Outcome.HOLD) {
            decisions.put(key, decision);
        }
    }

    Map<List<Object>, List<Alternative>> alternatives() {
        return alternatives;
    }

    private static <V> Map<List<Object>, V> lru(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
