package com.chipcheck.service.screening;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.service.orders.OrderStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * After a new list version is put in use: every stored order with a line not yet shipped (ship date today or
 * later) is decided again, and each line whose outcome changes is reported. Stored decisions are not edited:
 * the report is what a compliance officer acts on.
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
    private final OrderStore store;
    private final Clock clock;

    public Rescreening(ExportControlEngine engine, OrderStore store, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    public Report run() {
        LocalDate today = LocalDate.now(clock);
        int orders = 0;
        int lines = 0;
        List<Change> changes = new ArrayList<>();
        for (OrderStore.StoredOrder stored : store.all()) {
            boolean unshipped = stored.decision().lines().stream().anyMatch(l -> !l.asOf().isBefore(today));
            if (!unshipped) {
                continue;
            }
            orders++;
            OrderDecision now = engine.check(stored.order());
            for (int i = 0; i < now.lines().size(); i++) {
                LineDecision before = stored.decision().lines().get(i);
                LineDecision after = now.lines().get(i);
                if (before.asOf().isBefore(today)) {
                    continue;
                }
                lines++;
                if (before.outcome() != after.outcome()) {
                    changes.add(new Change(stored.orderId(), after.lineId(), before.outcome().name(), after.outcome().name(),
                            stored.decision().listVersion(), now.listVersion(),
                            after.reasons().stream().filter(r -> r.ruleId().startsWith("744") || r.ruleId().startsWith("736")
                                    || r.ruleId().startsWith("SCREEN")).map(r -> "[" + r.ruleId() + "] " + r.text()).toList()));
                }
            }
        }
        return new Report(orders, lines, changes);
    }
}
