package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** A person must decide: a figure the decision depends on is missing, or the data conflicts. */
public final class Hold extends Finding {
    public Hold(String lineId, Rule rule, String text) {
        super(lineId, rule, text);
    }
}
