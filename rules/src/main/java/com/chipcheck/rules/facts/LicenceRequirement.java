package com.chipcheck.rules.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A licence requirement found for a line. {@code enforced} is false where the legal text requires a licence
 * that BIS has said it does not enforce (the AI Diffusion rule): it is reported, but does not decide the outcome.
 * {@code blocksExceptions} marks requirements NAC/ACA cannot overcome (740.8(b): Part 744 other than
 * 744.23(a)(3), Part 746).
 */
public final class LicenceRequirement extends Finding {
    private final String basis;
    private final boolean enforced;
    private final boolean blocksExceptions;

    public LicenceRequirement(String lineId, Rule rule, String basis, boolean enforced, boolean blocksExceptions,
                              String text) {
        super(lineId, rule, text);
        this.basis = basis;
        this.enforced = enforced;
        this.blocksExceptions = blocksExceptions;
    }

    public static LicenceRequirement enforced(String lineId, Rule rule, String basis, String text) {
        return new LicenceRequirement(lineId, rule, basis, true, false, text);
    }

    public static LicenceRequirement legalTextOnly(String lineId, Rule rule, String basis, String text) {
        return new LicenceRequirement(lineId, rule, basis, false, false, text);
    }

    public String getBasis() { return basis; }
    public boolean isEnforced() { return enforced; }
    public boolean isBlocksExceptions() { return blocksExceptions; }
}
