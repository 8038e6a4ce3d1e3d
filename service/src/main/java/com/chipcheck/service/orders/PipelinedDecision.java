package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.procurement.RunningTotals;
import com.chipcheck.rules.screening.Screener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses, decides and writes the order sheet on a second thread while the reader is still reading the file: rows
 * arrive through {@link #row}, lines are decided in chunks against one list version, and each row goes into the
 * annotated workbook as soon as its line is decided. Reading and the rest then take about as long as the longer of
 * the two, not their sum (docs/performance.md). When the file states no dimension, or a row has a cell where the
 * verdict columns would go, the sheet is not written here and the caller writes the workbook afterwards.
 *
 * Size: the three threads (read, decide, write) and their hand-offs and failure paths are one protocol; it reads
 * best in one place.
 */
final class PipelinedDecision implements OrderWorkbookReader.OrderSheetListener {

    private static final Logger log = LoggerFactory.getLogger(PipelinedDecision.class);

    record Outcome(OrderSheetParser.ParsedOrder order, OrderDecision decision, Order input,
                   AnnotatedWorkbookWriter.Session session) {
    }

    /** A row read but not yet written, and what it is (header, line n, or neither). */
    private record Pending(SheetRow row, int kind) {
    }

    private static final int CHUNK = 2_000;
    private static final SheetRow END = new SheetRow(-1, java.util.Map.of());

    private final BlockingQueue<SheetRow> queue = new ArrayBlockingQueue<>(8_192);
    private final OrderSheetParser.Incremental parser;
    private final List<LineDecision> decided = new ArrayList<>();
    private final Deque<Pending> unwritten = new ArrayDeque<>();
    private final ExportControlEngine engine;
    private final Screener screener;
    private final ProcurementPolicy policy;
    private final com.chipcheck.rules.money.ExchangeRates rates;
    private final RunningTotals totals = new RunningTotals();
    private final String orderId;
    private final LocalDate asOf;
    private final Thread worker;
    private volatile int width = -1;
    private RowWriter writer;
    private final WorkbookWords.Choice language;
    private boolean streaming;
    private RuntimeException failure;

    PipelinedDecision(ExportControlEngine engine, String orderId, LocalDate asOf, boolean write, WorkbookWords.Choice language) {
        this.language = language;
        this.engine = engine;
        this.screener = engine.lists().current();
        this.policy = engine.policies().current(); // one list version, one policy and one rate table for the whole order
        this.rates = engine.rates().current();
        this.parser = new OrderSheetParser.Incremental(rates);
        this.orderId = orderId;
        this.asOf = asOf;
        this.streaming = write;
        this.worker = new Thread(this::work, "decide-" + orderId);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public void dimension(int lastColumn) {
        width = lastColumn + 1; // published to the worker by the queue hand-off of the first row
    }

    @Override
    public void row(SheetRow row) {
        put(row);
    }

    /** Waits for the last lines; rethrows what went wrong on the deciding thread. The session, if any, is the caller's. */
    Outcome finish() {
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeSession();
            throw new IllegalStateException("interrupted while deciding order " + orderId, e);
        }
        if (failure != null) {
            closeSession();
            throw failure;
        }
        OrderSheetParser.ParsedOrder parsed = parser.finish();
        Order input = new Order(orderId, asOf, parsed.lines());
        OrderDecision decision = OrderDecision.of(orderId, asOf, engine.ruleSetVersion(), screener.list().version().id(),
                policy == null ? null : policy.version(), rates.version(), decided);
        if (streaming && writer != null) {
            AnnotatedWorkbookWriter.Session session = writer.finish();
            writer = null;
            if (session != null) {
                session.finishOrderSheet();
                return new Outcome(parsed, decision, input, session);
            }
            log.info("order {}: annotated workbook written after reading, not while", orderId);
        }
        closeSession();
        return new Outcome(parsed, decision, input, null);
    }

    /** Unblocks the deciding thread when the reader fails half-way. */
    void abandon() {
        queue.clear();
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSession();
    }

    private void put(SheetRow row) {
        handOver(queue, row, "reading");
    }

    /** Blocks while the next stage is behind: the queues are bounded so that a large file never piles up in memory. */
    private <T> void handOver(BlockingQueue<T> to, T item, String doing) {
        try {
            to.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing + " order " + orderId, e);
        }
    }

    private void dispose(AnnotatedWorkbookWriter.Session session) {
        try {
            session.close();
        } catch (IOException e) {
            log.warn("cannot dispose the temporary files of order {}", orderId, e);
        }
    }

    private void work() {
        try {
            for (SheetRow row = queue.take(); row != END; row = queue.take()) {
                if (failure != null) {
                    continue; // keep draining so that the reader never blocks
                }
                try {
                    int kind = parser.add(row);
                    if (streaming) {
                        unwritten.add(new Pending(row, kind));
                    }
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
            decided.addAll(engine.check(new Order(orderId, asOf, chunk), screener, policy, rates, totals).lines());
        }
        writeDecidedRows();
    }

    /** Hands, in order, every pending row whose line (if it is one) is decided to the writing thread. */
    private void writeDecidedRows() {
        if (!streaming) {
            return;
        }
        if (writer == null) {
            if (width < 1) {
                stopStreaming("the sheet states no dimension");
                return;
            }
            writer = new RowWriter(width);
        }
        if (writer.overflow != null) {
            stopStreaming(writer.overflow);
            return;
        }
        while (!unwritten.isEmpty() && unwritten.peek().kind() < decided.size()) {
            Pending p = unwritten.poll();
            writer.put(new Written(p.row(), p.kind() == OrderSheetParser.Incremental.HEADER, p.kind() >= 0 ? decided.get(p.kind()) : null));
        }
    }

    private void stopStreaming(String why) {
        log.info("order {}: annotated workbook written after reading, not while: {}", orderId, why);
        streaming = false;
        unwritten.clear();
        closeSession();
    }

    private void closeSession() {
        if (writer != null) {
            AnnotatedWorkbookWriter.Session s = writer.finish();
            writer = null;
            if (s != null) {
                dispose(s);
            }
        }
    }

    /** A row to write, with its verdict if it is a line. */
    private record Written(SheetRow row, boolean header, LineDecision decision) {
    }

    private static final Written DONE = new Written(null, false, null);

    /**
     * The third stage: writes rows into the SXSSF sheet on its own thread, so that deciding and writing overlap
     * as well as reading and deciding (two cores keep all three busy).
     */
    private final class RowWriter {
        private final BlockingQueue<Written> rows = new ArrayBlockingQueue<>(8_192);
        private final Thread thread;
        private final AnnotatedWorkbookWriter.Session session = new AnnotatedWorkbookWriter.Session(language);
        private volatile String overflow;
        private volatile RuntimeException failed;

        RowWriter(int width) {
            try {
                session.startOrderSheet(AnnotatedWorkbookWriter.Session.UNNAMED, width); // named when the whole file is read
            } catch (RuntimeException e) {
                try {
                    session.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            thread = new Thread(this::run, "write-" + orderId);
            thread.setDaemon(true);
            thread.start();
        }

        void put(Written w) {
            handOver(rows, w, "writing");
        }

        private void run() {
            try {
                for (Written w = rows.take(); w != DONE; w = rows.take()) {
                    if (overflow != null || failed != null) {
                        continue; // keep draining
                    }
                    try {
                        if (!session.orderRow(w.row(), w.header(), w.decision())) {
                            overflow = "row " + w.row().rowNumber() + " has a cell beyond the sheet's stated dimension";
                        }
                    } catch (RuntimeException e) {
                        failed = e;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits for the last row; the session if every row was written, else null (the caller writes afterwards). */
        AnnotatedWorkbookWriter.Session finish() {
            put(DONE);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (overflow != null || failed != null) {
                if (failed != null) {
                    log.warn("order {}: writing while reading failed; written afterwards instead", orderId, failed);
                }
                dispose(session);
                return null;
            }
            return session;
        }
    }
}
