package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** A step of reasoning worth showing an auditor that is neither a requirement nor an exception. */
public final class Note extends Finding {
    public Note(String lineId, Rule rule, String text) {
        super(lineId, rule, text);
    }
}
