package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.screening.Screener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Parses and decides the rows of an order sheet on a second thread while the reader is still reading the file:
 * rows arrive through {@link #accept}, lines are decided in chunks against one list version, and
 * {@link #finish} returns the parsed order and the decision of all its lines. Reading a workbook and deciding
 * its lines then take about as long as the longer of the two, not their sum (docs/performance.md).
 */
final class PipelinedDecision implements Consumer<SheetRow> {

    record Outcome(OrderSheetParser.ParsedOrder order, OrderDecision decision, Order input) {
    }

    private static final int CHUNK = 2_000;
    private static final SheetRow END = new SheetRow(-1, java.util.Map.of());

    private final BlockingQueue<SheetRow> queue = new ArrayBlockingQueue<>(8_192);
    private final OrderSheetParser.Incremental parser = new OrderSheetParser.Incremental();
    private final List<LineDecision> decided = new ArrayList<>();
    private final ExportControlEngine engine;
    private final Screener screener;
    private final String orderId;
    private final LocalDate asOf;
    private final Thread worker;
    private RuntimeException failure;
    private String listVersion;

    PipelinedDecision(ExportControlEngine engine, String orderId, LocalDate asOf) {
        this.engine = engine;
        this.screener = engine.lists().current();
        this.orderId = orderId;
        this.asOf = asOf;
        this.worker = new Thread(this::work, "decide-" + orderId);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public void accept(SheetRow row) {
        put(row);
    }

    /** Waits for the last lines to be decided; rethrows what went wrong on the deciding thread. */
    Outcome finish() {
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding order " + orderId, e);
        }
        if (failure != null) {
            throw failure;
        }
        OrderSheetParser.ParsedOrder parsed = parser.finish();
        Order input = new Order(orderId, asOf, parsed.lines());
        return new Outcome(parsed, OrderDecision.of(orderId, asOf, engine.ruleSetVersion(), listVersion, decided), input);
    }

    /** Unblocks the deciding thread when the reader fails half-way. */
    void abandon() {
        queue.clear();
        put(END);
    }

    private void put(SheetRow row) {
        try {
            queue.put(row);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading order " + orderId, e);
        }
    }

    private void work() {
        listVersion = screener.list().version().id();
        try {
            for (SheetRow row = queue.take(); row != END; row = queue.take()) {
                if (failure != null) {
                    continue; // keep draining so that the reader never blocks
                }
                try {
                    parser.add(row);
                    if (parser.lines().size() - decided.size() >= CHUNK) {
                        decideUpTo(parser.lines().size());
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure == null) {
                decideUpTo(parser.lines().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void decideUpTo(int end) {
        List<OrderLine> chunk = List.copyOf(parser.lines().subList(decided.size(), end));
        if (!chunk.isEmpty()) {
            decided.addAll(engine.check(new Order(orderId, asOf, chunk), screener).lines());
        }
    }
}
