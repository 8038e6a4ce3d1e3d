package com.chipcheck.bench;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two independent readings of the regulation must agree: the Drools rule base and the hand-coded baseline
 * decide every part x destination x headquarters x date combination the same way. A disagreement names the line.
 */
class HandCodedDeciderTest {

    @Test
    void theRuleBaseAndTheHandCodedBaselineAgreeOnEveryCombination() {
        ExportControlEngine engine = ExportControlEngine.bundled();
        HandCodedDecider baseline = new HandCodedDecider(engine.reference());
        List<OrderLine> lines = Workload.differential(engine.reference());
        List<LineDecision> decided = engine.check(new Order("diff", LocalDate.of(2026, 9, 30), lines)).lines();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            HandCodedDecider.Result expected = baseline.decide(line, line.asOf());
            LineDecision actual = decided.get(i);
            boolean sameEccn = actual.outcome() == Outcome.HOLD || String.valueOf(expected.eccn()).equals(String.valueOf(actual.eccn()));
            if (expected.outcome() != actual.outcome() || !sameEccn) {
                disagreements.add(line.partNumber() + " -> " + line.destinationCountry() + " (end user in " + line.endUser().country() + ") hq " + line.endUser().headquartersCountry()
                        + " @" + line.asOf() + ": baseline " + expected + ", rule base " + actual.outcome() + " " + actual.eccn());
            }
        }
        assertTrue(lines.size() > 5000, "combinations: " + lines.size());
        assertEquals(List.of(), disagreements.stream().limit(20).toList(), disagreements.size() + " disagreements");
    }
}
