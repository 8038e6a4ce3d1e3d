package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Evaluates an order workbook with the same rule base as the checks API and writes the annotated workbook. */
public final class OrderWorkbooks {

    public record Result(OrderDecision decision, OrderSheetParser.ParsedOrder order, List<SheetRow> rows, Instant uploaded) {
    }

    private final ExportControlEngine engine;
    private final Clock clock;
    private final int maxRows;

    public OrderWorkbooks(ExportControlEngine engine, Clock clock, int maxRows) {
        this.engine = engine;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    public Result evaluate(File xlsx, String orderId) {
        List<SheetRow> rows = new OrderWorkbookReader(maxRows).read(xlsx);
        OrderSheetParser.ParsedOrder parsed = new OrderSheetParser().parse(rows);
        OrderDecision decision = engine.check(new Order(orderId, LocalDate.now(clock), parsed.lines()));
        return new Result(decision, parsed, rows, clock.instant());
    }

    public void writeReport(Result result, OutputStream out) throws IOException {
        new AnnotatedWorkbookWriter().write(result.order(), result.rows(), result.decision(), result.uploaded(), out);
    }
}
