package com.chipcheck.rules.decision;

/**
 * A procurement red flag on a line: a HOLD flag holds the line for a person, an ADVISORY flag is shown only.
 *
 * @param code  stable code of the policy row type, e.g. PRICE_ANOMALY
 * @param rule  the policy rule (decision-table row) that raised it
 */
public record RedFlag(String code, String text, String citation, String severity, String rule) {

    public static final String HOLD = "HOLD";
    public static final String ADVISORY = "ADVISORY";
}
