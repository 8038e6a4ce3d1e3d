package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** A note takes an item out of 3A090 even though it may meet the parameters (Note 2, Technical Note 1 to .c). */
public final class Exclusion extends Finding {
    private final String itemId;

    public Exclusion(ItemFact item, Rule rule, String text) {
        super(item.getLineId(), rule, text);
        this.itemId = item.getItemId();
    }

    public String getItemId() { return itemId; }
}
