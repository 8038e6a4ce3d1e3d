package com.chipcheck.rules.decision;

/**
 * A licence requirement found for a line.
 *
 * @param scope ENFORCED (decides the outcome) or LEGAL_TEXT_ONLY (in the eCFR text, not enforced by BIS)
 */
public record RequirementFound(String ruleId, String citation, String basis, String scope, String text) {
}
