package com.chipcheck.rules.procurement;

import org.kie.api.definition.rule.Rule;

/** What a procurement policy rule concluded for a line: a red flag, or an approval the line needs. */
public final class PolicyFinding {

    public static final String RED_FLAG = "RED_FLAG";
    public static final String APPROVAL = "APPROVAL";

    private final String lineId;
    private final String kind;
    private final String code;
    private final String text;
    private final String citation;
    private final String severity;
    private final String rule;

    private PolicyFinding(String lineId, String kind, String code, String text, String citation, String severity, Rule rule) {
        this.lineId = lineId;
        this.kind = kind;
        this.code = code;
        this.text = text;
        this.citation = citation;
        this.severity = severity;
        this.rule = rule.getName();
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
}
