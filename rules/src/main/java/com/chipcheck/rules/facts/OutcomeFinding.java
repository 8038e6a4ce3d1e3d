package com.chipcheck.rules.facts;

import com.chipcheck.rules.decision.Outcome;
import org.kie.api.definition.rule.Rule;

/** The line's outcome: exactly one per line, or the engine holds the line. */
public final class OutcomeFinding extends Finding {
    private final Outcome outcome;

    public OutcomeFinding(String lineId, Rule rule, Outcome outcome, String text) {
        super(lineId, rule, text);
        this.outcome = outcome;
    }

    public Outcome getOutcome() { return outcome; }
}
