package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/**
 * Whether a system counts as designed or marketed for use in datacenters, as the systems rules concluded from its
 * declaration and what it contains at any depth (regulation.md a.4: the engine carries the flag up). Null when it
 * cannot be told; NAC/ACA eligibility of a 4A090.a system turns on it (740.8(a)).
 */
public final class DatacenterDesignation extends Finding {
    private final String itemId;
    private final Boolean datacenter;

    public DatacenterDesignation(ItemFact system, Rule rule, Boolean datacenter, String text) {
        super(system.getLineId(), rule, text);
        this.itemId = system.getItemId();
        this.datacenter = datacenter;
    }

    public String getItemId() { return itemId; }
    public Boolean getDatacenter() { return datacenter; }
}
