package com.chipcheck.rules.decision;

/**
 * A line's licence path, from the least to the most restrictive. An order's outcome is the most restrictive
 * of its lines' outcomes: a prohibited line stops the order; a held line needs a person before anything ships.
 */
public enum Outcome {
    /** No licence required. */
    NLR,
    /** License Exception ACA (740.8): no notification. */
    ACA,
    /** License Exception NAC (740.8): only after a 25-day prior notification to BIS and a NAC confirmation. */
    NAC,
    /** A licence is required, and a registered BIS licence valid on the ship date covers the line (750.7). */
    LICENSED,
    /** A licence is required and no licence exception applies. */
    LICENSE_REQUIRED,
    /** A person must decide: unknown part, missing figures, conflicting data, internal error. */
    HOLD,
    /** Embargo: licence required with a policy of denial, no exception (Part 746). */
    PROHIBITED;

    public static Outcome mostRestrictive(Iterable<Outcome> outcomes) {
        Outcome worst = NLR;
        for (Outcome o : outcomes) {
            if (o.ordinal() > worst.ordinal()) {
                worst = o;
            }
        }
        return worst;
    }
}
