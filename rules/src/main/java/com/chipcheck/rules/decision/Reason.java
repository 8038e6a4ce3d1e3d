package com.chipcheck.rules.decision;

/**
 * One step behind a decision: the rule that fired, the paragraph it encodes and what it found.
 *
 * @param kind what sort of step: CLASSIFICATION, DESTINATION, REQUIREMENT, EXCEPTION, HOLD, OUTCOME, NOTE, ADVISORY
 */
public record Reason(String ruleId, String citation, String text, ReasonKind kind) {
}
