package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/**
 * The ECCN an item is classified in (3A090.a, 3A090.b, 3A090.c, 4A090.a, 4A090.b) and whether it is designed
 * or marketed for datacenters, which NAC/ACA eligibility turns on. A system carries the flag of its ICs up.
 */
public final class Classification extends Finding {
    private final String itemId;
    private final boolean top;
    private final String eccn;
    private final Boolean datacenter;

    public Classification(ItemFact item, Rule rule, String eccn, Boolean datacenter, String text) {
        super(item.getLineId(), rule, text);
        this.itemId = item.getItemId();
        this.top = item.isTop();
        this.eccn = eccn;
        this.datacenter = datacenter;
    }

    public String getItemId() { return itemId; }
    public boolean isTop() { return top; }
    public String getEccn() { return eccn; }
    public Boolean getDatacenter() { return datacenter; }

    /** "a", "b" or "c": the paragraph that decides destinations and exceptions. */
    public String getLevel() {
        return eccn.substring(eccn.length() - 1);
    }
}
