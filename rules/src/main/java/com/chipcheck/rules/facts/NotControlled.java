package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** The line's item is outside 3A090 and 4A090 on the as-of date. */
public final class NotControlled extends Finding {
    private final String itemId;

    public NotControlled(ItemFact item, Rule rule, String text) {
        super(item.getLineId(), rule, text);
        this.itemId = item.getItemId();
    }

    public String getItemId() { return itemId; }
}
