package com.chipcheck.rules.decision;

/** A licence exception evaluated for a line, with why it is or is not available. */
public record ExceptionEvaluated(String code, boolean available, String ruleId, String citation, String text) {
}
