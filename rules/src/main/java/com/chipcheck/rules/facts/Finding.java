package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A conclusion a rule inserted. It takes its rule id and CFR citation from the metadata of the rule that made
 * it ({@code @ruleId}, {@code @citation}), so a reason can never cite a paragraph its rule does not carry.
 */
public abstract class Finding {

    /** Findings in the order the rules made them: the order a reader follows the reasoning in. */
    public static final Comparator<Finding> IN_ORDER = Comparator.comparingLong(f -> f.sequence);

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final long sequence = SEQUENCE.incrementAndGet();

    private final String lineId;
    private final String ruleId;
    private final String citation;
    private final String text;

    protected Finding(String lineId, Rule rule, String text) {
        this.lineId = lineId;
        this.ruleId = metadata(rule, "ruleId");
        this.citation = metadata(rule, "citation");
        this.text = text;
    }

    private static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }

    public String getLineId() {
        return lineId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getCitation() {
        return citation;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + lineId + " " + ruleId + ": " + text + "]";
    }
}
