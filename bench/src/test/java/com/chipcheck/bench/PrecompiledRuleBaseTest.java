package com.chipcheck.bench;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.engine.RuleSet;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The executable model compiled at build time, which the service and the scenarios run on, decides every line of the
 * differential workload exactly as the same DRL compiled at run time by the classic compiler: the whole decision,
 * every reason, figure and group, written out and compared character by character. A difference names the line.
 */
class PrecompiledRuleBaseTest {

    @Test
    void theExecutableModelDecidesEveryLineAsTheDrlCompiledAtRunTime() {
        ExportControlEngine precompiled = ExportControlEngine.bundled();
        assertTrue(precompiled.ruleSet().precompiled(), "the bundled rule base is the model compiled at build time");
        RuleSet drl = RuleSet.compiledFromDrl();
        assertFalse(drl.precompiled());
        ExportControlEngine compiled = ExportControlEngine.builder(drl, precompiled.reference()).build();

        List<OrderLine> lines = Workload.differential(precompiled.reference());
        Order order = new Order("diff", LocalDate.of(2026, 9, 30), lines);
        List<LineDecision> model = precompiled.check(order).lines();
        List<LineDecision> classic = compiled.check(order).lines();
        assertEquals(lines.size(), model.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String a = model.get(i).toString();
            String b = classic.get(i).toString();
            if (!a.equals(b)) {
                differences.add("line " + lines.get(i).lineId() + ": model " + a + "\n  drl   " + b);
            }
        }
        assertTrue(lines.size() > 5000, "lines: " + lines.size());
        assertEquals(List.of(), differences.stream().limit(5).toList(), differences.size() + " lines decided differently");
    }
}
