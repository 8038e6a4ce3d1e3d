package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A line within the reach of License Exceptions NAC and ACA (740.8(a) and (b)): an eligible item, a licence
 * requirement the exceptions can lift, nothing that blocks them. Which of the two applies turns on the destination
 * and the date, decided by the rules that join on this fact.
 */
public final class ExceptionEligibility extends Finding {
    private final String eccn;

    public ExceptionEligibility(String lineId, Rule rule, String eccn, String text) {
        super(lineId, rule, text);
        this.eccn = eccn;
    }

    public String getEccn() { return eccn; }
}
