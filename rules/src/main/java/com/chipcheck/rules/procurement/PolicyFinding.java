package com.chipcheck.rules.procurement;

import org.kie.api.definition.rule.Rule;

/**
 * What a procurement policy rule concluded for a line: a red flag, an approval the line needs, or (from the policy's
 * fixed outcome rule, which carries its own {@code @ruleId} and {@code @citation}) the outcome the flags impose.
 */
public final class PolicyFinding {

    public static final String RED_FLAG = "RED_FLAG";
    public static final String APPROVAL = "APPROVAL";
    public static final String OUTCOME = "OUTCOME";

    private final String lineId;
    private final String kind;
    private final String code;
    private final String text;
    private final String citation;
    private final String severity;
    private final String rule;
    private final String ruleId;

    private PolicyFinding(String lineId, String kind, String code, String text, String citation, String severity, Rule rule) {
        this.lineId = lineId;
        this.kind = kind;
        this.code = code;
        this.text = text;
        this.severity = severity;
        this.rule = rule.getName();
        Object id = rule.getMetaData().get("ruleId");
        Object cited = rule.getMetaData().get("citation");
        this.ruleId = id == null ? null : id.toString();
        this.citation = citation != null ? citation : cited == null ? null : cited.toString();
    }

    /** The outcome the policy imposes on a line (HOLD), concluded by a rule that carries its id and citation. */
    public static PolicyFinding outcome(String lineId, Rule rule, String outcome, String text) {
        if (rule.getMetaData().get("ruleId") == null || rule.getMetaData().get("citation") == null) {
            throw new IllegalStateException("policy rule '" + rule.getName() + "' has no @ruleId or @citation metadata");
        }
        return new PolicyFinding(lineId, OUTCOME, outcome, text, null, null, rule);
    }

    public static PolicyFinding redFlag(String lineId, Rule rule, String code, String severity, String citation, String text) {
        return new PolicyFinding(lineId, RED_FLAG, code, text, citation, severity, rule);
    }

    public static PolicyFinding approval(String lineId, Rule rule, String approver, String text) {
        return new PolicyFinding(lineId, APPROVAL, approver, text, "company procurement policy (approval tiers)", null, rule);
    }

    public String getLineId() { return lineId; }
    public String getKind() { return kind; }
    public String getCode() { return code; }
    public String getText() { return text; }
    public String getCitation() { return citation; }
    public String getSeverity() { return severity; }
    public String getRule() { return rule; }
    /** The rule's id, for the policy's fixed rules; null for rows of the policy table. */
    public String getRuleId() { return ruleId; }
}
