package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** The end user, or its ultimate parent, is headquartered in Macau or a D:5 country (744.23(a)(3)). */
public final class D5OrMacauHeadquarters extends Finding {
    private final String basis;
    private final String country;

    public D5OrMacauHeadquarters(String lineId, Rule rule, String basis, String country, String text) {
        super(lineId, rule, text);
        this.basis = basis;
        this.country = country;
    }

    public String getBasis() { return basis; }
    public String getCountry() { return country; }
}
