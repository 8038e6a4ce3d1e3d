package com.chipcheck.rules.screening;

/** How sure a screening hit is: at or above the list's match threshold, or only above its review threshold. */
public enum Certainty {
    MATCH, POSSIBLE
}
