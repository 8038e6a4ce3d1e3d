package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** The destination is Macau or in Country Group D:5: the scope of NAC, 742.6(a)(6)(i)(B) and the review policies. */
public final class D5OrMacauDestination extends Finding {
    private final String country;

    public D5OrMacauDestination(String lineId, Rule rule, String country, String text) {
        super(lineId, rule, text);
        this.country = country;
    }

    public String getCountry() { return country; }
}
