package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A note takes an item out of paragraphs of 3A090 even though it may meet their parameters: Note 2 out of .a and
 * .b ({@link #AB}), Technical Note 1 to 3A090.c out of .c only ({@link #C}).
 */
public final class Exclusion extends Finding {

    public static final String AB = "3A090.a/.b";
    public static final String C = "3A090.c";

    private final String itemId;
    private final String scope;

    public Exclusion(ItemFact item, Rule rule, String scope, String text) {
        super(item.getLineId(), rule, text);
        this.itemId = item.getItemId();
        this.scope = scope;
    }

    public String getItemId() { return itemId; }
    /** The paragraphs the item is taken out of. */
    public String getScope() { return scope; }
}
