package com.chipcheck.rules.decision;

/** What a reason says about its line: how it was classified and routed, what it requires, or why it waits. */
public enum ReasonKind {
    CLASSIFICATION, DESTINATION, REQUIREMENT, EXCEPTION, HOLD, OUTCOME, NOTE, ADVISORY,
    /** What the registered licences say of a licence-required line. */
    LICENCE,
    /** Where a NAC line's notification to BIS stands. */
    NAC
}
