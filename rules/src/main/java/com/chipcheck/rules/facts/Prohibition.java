package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** An embargo: licence required with a policy of denial and no licence exception (Part 746, 740.2(a)(6)). */
public final class Prohibition extends Finding {
    public Prohibition(String lineId, Rule rule, String text) {
        super(lineId, rule, text);
    }
}
