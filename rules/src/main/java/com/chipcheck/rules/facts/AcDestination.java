package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** The destination is in D:1, D:4 or D:5 and not also in A:5 or A:6 (742.6(a)(6)(iii)). */
public final class AcDestination extends Finding {
    private final String country;

    public AcDestination(String lineId, Rule rule, String country, String text) {
        super(lineId, rule, text);
        this.country = country;
    }

    public String getCountry() { return country; }
}
