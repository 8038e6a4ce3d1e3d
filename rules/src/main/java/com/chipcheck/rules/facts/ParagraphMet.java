package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/** An item meets the parameters of one paragraph, e.g. eccn 3A090.a by paragraph 3A090.a.1. */
public final class ParagraphMet extends Finding {
    private final String itemId;
    private final String eccn;
    private final String paragraph;

    public ParagraphMet(ItemFact item, Rule rule, String eccn, String paragraph, String text) {
        super(item.getLineId(), rule, text);
        this.itemId = item.getItemId();
        this.eccn = eccn;
        this.paragraph = paragraph;
    }

    public String getItemId() { return itemId; }
    public String getEccn() { return eccn; }
    public String getParagraph() { return paragraph; }
}
