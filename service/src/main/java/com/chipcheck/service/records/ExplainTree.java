package com.chipcheck.service.records;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored decision as an auditor reads it: per line, the outcome, then the rules that fired grouped by what they
 * decided (classification, destination, requirement, exception, hold, outcome), then the facts and figures they
 * used: TPP and performance density, the Country Groups of each country on the as-of date, the instruments in
 * force, the screening hits with their list entries.
 */
final class ExplainTree {

    private ExplainTree() {
    }

    static Map<String, Object> of(OrderDecision decision) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("outcome", decision.outcome());
        tree.put("because", "the most restrictive of its lines");
        tree.put("ruleSetVersion", decision.ruleSetVersion());
        tree.put("listVersion", decision.listVersion());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineDecision l : decision.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineId", l.lineId());
            line.put("outcome", l.outcome());
            Map<String, List<String>> rules = new LinkedHashMap<>();
            for (Reason r : l.reasons()) {
                rules.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add("[" + r.ruleId() + "] " + r.citation() + ": " + r.text());
            }
            line.put("rulesFired", rules);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("partNumber", l.partNumber());
            facts.put("asOf", l.asOf());
            facts.put("eccn", l.eccn());
            facts.put("eccnParagraph", l.eccnParagraph());
            facts.put("tpp", l.tpp());
            facts.put("performanceDensity", l.performanceDensity());
            facts.put("countryGroups", l.countryGroups());
            facts.put("instrumentsInForce", l.instrumentsInForce());
            facts.put("licenceRequirements", l.licenceRequirements());
            facts.put("exceptionsEvaluated", l.exceptionsEvaluated());
            facts.put("screening", l.screening());
            line.put("facts", facts);
            line.put("advisories", l.advisories().stream().map(r -> "[" + r.ruleId() + "] " + r.text()).toList());
            lines.add(line);
        }
        tree.put("lines", lines);
        return tree;
    }
}
