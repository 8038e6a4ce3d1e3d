package com.chipcheck.service.screening;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.service.records.DecisionLedger;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a new list version is put in use: every stored order (from the decision records, so also those of
 * before a restart) with a line not yet shipped (ship date today or later) is decided again, and each line whose
 * outcome changes is reported. Stored decisions are not edited: the report is what a compliance officer acts on.
 */
@Component
public class Rescreening {

    /** One line whose outcome changes under the new list. */
    public record Change(String orderId, String lineId, String before, String after, String beforeList, String afterList,
                         List<String> reasons) {
    }

    public record Report(int ordersRescreened, int linesRescreened, List<Change> changes) {
    }

    private final ExportControlEngine engine;
    private final DecisionLedger ledger;
    private final Clock clock;

    public Rescreening(ExportControlEngine engine, DecisionLedger ledger, Clock clock) {
        this.engine = engine;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Every stored order (its latest decision record, so a re-run counts once) with a line not yet shipped. */
    public Report run() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> latest = new HashMap<>();
        ledger.forEach(com.chipcheck.service.records.RecordKind.ORDER, r -> latest.put(r.orderId(), r.decisionId()));
        Set<String> current = new HashSet<>(latest.values());
        int[] counts = new int[2];
        List<Change> changes = new ArrayList<>();
        ledger.forEach(com.chipcheck.service.records.RecordKind.ORDER, record -> {
            if (!current.contains(record.decisionId())) {
                return;
            }
            OrderDecision stored = ledger.decision(record);
            if (stored.lines().stream().allMatch(l -> l.asOf().isBefore(today))) {
                return; // shipped
            }
            counts[0]++;
            OrderDecision now = engine.check(ledger.input(record));
            for (int i = 0; i < now.lines().size(); i++) {
                LineDecision before = stored.lines().get(i);
                LineDecision after = now.lines().get(i);
                if (before.asOf().isBefore(today)) {
                    continue;
                }
                counts[1]++;
                if (before.outcome() != after.outcome()) {
                    changes.add(new Change(record.orderId(), after.lineId(), before.outcome().name(), after.outcome().name(),
                            stored.listVersion(), now.listVersion(),
                            after.reasons().stream().filter(r -> r.ruleId().startsWith("744") || r.ruleId().startsWith("736")
                                    || r.ruleId().startsWith("SCREEN")).map(r -> "[" + r.ruleId() + "] " + r.text()).toList()));
                }
            }
        });
        return new Report(counts[0], counts[1], changes);
    }
}
