package com.chipcheck.service.records;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored decision as an auditor reads it: per line, the outcome, then the rules that fired grouped by what they
 * decided (classification, destination, requirement, exception, hold, outcome), then the facts and figures they
 * used: the line as asked (destination, end user's location, headquarters and ultimate parent), TPP and performance density, the Country Groups of each country on the as-of date, the instruments in
 * force, the screening hits with their list entries; and the licence or NAC notification the line relied on.
 */
final class ExplainTree {

    private ExplainTree() {
    }

    static Map<String, Object> of(Order input, OrderDecision decision) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("outcome", decision.outcome());
        tree.put("because", "the most restrictive of its lines");
        tree.put("ruleSetVersion", decision.ruleSetVersion());
        tree.put("listVersion", decision.listVersion());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < decision.lines().size(); i++) {
            LineDecision l = decision.lines().get(i);
            OrderLine asked = i < input.lines().size() ? input.lines().get(i) : null;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("lineId", l.lineId());
            line.put("outcome", l.outcome());
            Map<String, List<String>> rules = new LinkedHashMap<>();
            for (Reason r : l.reasons()) {
                rules.computeIfAbsent(r.kind().name(), k -> new ArrayList<>()).add("[" + r.ruleId() + "] " + r.citation() + ": " + r.text());
            }
            line.put("rulesFired", rules);
            // what the company held when the line was decided: the licence it ships under with what was left after it,
            // and a NAC line's notification to BIS and where it stood
            if (l.licence() != null || l.nac() != null) {
                Map<String, Object> held = new LinkedHashMap<>();
                held.put("licence", l.licence());
                held.put("nac", l.nac());
                held.put("shippable", l.shippable());
                line.put("authorisation", held);
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("partNumber", l.partNumber());
            if (asked != null) {
                facts.put("quantity", asked.quantity());
                facts.put("destinationCountry", asked.destinationCountry());
                facts.put("endUser", asked.endUser()); // located in, headquartered in, ultimate parent in
                facts.put("otherParties", asked.otherParties());
            }
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
