package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** A licence exception evaluated for a line: available or refused, and why. */
public final class ExceptionFinding extends Finding {
    private final String code;
    private final boolean available;

    public ExceptionFinding(String lineId, Rule rule, String code, boolean available, String text) {
        super(lineId, rule, text);
        this.code = code;
        this.available = available;
    }

    public String getCode() { return code; }
    public boolean isAvailable() { return available; }
}
