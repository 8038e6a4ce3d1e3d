package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** Something a person should know that does not change the outcome: a gap between legal text and enforcement. */
public final class Advisory extends Finding {
    public Advisory(String lineId, Rule rule, String text) {
        super(lineId, rule, text);
    }
}
