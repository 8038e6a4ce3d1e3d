package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Evaluates an order workbook with the same rule base as the checks API and writes the annotated workbook. */
public final class OrderWorkbooks {

    public record Result(Order input, OrderDecision decision, OrderSheetParser.ParsedOrder order, WorkbookContent workbook,
                         Instant uploaded) {
    }

    private final ExportControlEngine engine;
    private final Clock clock;
    private final int maxRows;
    private final long maxTextCharacters;

    public OrderWorkbooks(ExportControlEngine engine, Clock clock, int maxRows) {
        this(engine, clock, maxRows, TextBudget.limitFor(Long.MAX_VALUE));
    }

    /** @param maxTextCharacters the cell text one upload may hold ({@link TextBudget}) */
    public OrderWorkbooks(ExportControlEngine engine, Clock clock, int maxRows, long maxTextCharacters) {
        this.engine = engine;
        this.clock = clock;
        this.maxRows = maxRows;
        this.maxTextCharacters = maxTextCharacters;
    }

    /** Reads the file and decides its lines (the annotated workbook is written by {@link #writeReport}). */
    public Result evaluate(File file, String orderId) {
        if (!isWorkbook(file)) {
            WorkbookContent workbook = read(file);
            return decide(new OrderSheetParser(engine.rates().current()).parse(workbook.orderRows()), workbook, orderId);
        }
        Pipelined p = pipelined(file, orderId, false, WorkbookWords.Choice.ENGLISH);
        return p.result();
    }

    /**
     * Reads the file, decides its lines and writes the annotated workbook to {@code out}. For a workbook, the order
     * sheet is parsed, decided and written on a second thread while the file is still being read
     * ({@link PipelinedDecision}); a CSV is read first, then decided and written.
     */
    public Result evaluateAndWrite(File file, String orderId, OutputStream out) throws IOException {
        return evaluateAndWrite(file, orderId, WorkbookWords.Choice.ENGLISH, out);
    }

    /** As {@link #evaluateAndWrite(File, String, OutputStream)}, the workbook answered in the language chosen so. */
    public Result evaluateAndWrite(File file, String orderId, WorkbookWords.Choice language, OutputStream out) throws IOException {
        if (!isWorkbook(file)) {
            Result result = evaluate(file, orderId);
            writeReport(result, language, out);
            return result;
        }
        Pipelined p = pipelined(file, orderId, true, language);
        if (p.session() == null) {
            writeReport(p.result(), language, out);
            return p.result();
        }
        try (AnnotatedWorkbookWriter.Session session = p.session()) {
            WorkbookContent workbook = p.result().workbook();
            for (int s = 0; s < workbook.sheets().size(); s++) {
                if (s != workbook.orderSheet()) {
                    session.copySheet(workbook.sheets().get(s));
                }
            }
            session.finish(workbook, p.result().decision(), p.result().uploaded(), out);
        }
        return p.result();
    }

    private record Pipelined(Result result, AnnotatedWorkbookWriter.Session session) {
    }

    private Pipelined pipelined(File file, String orderId, boolean write, WorkbookWords.Choice language) {
        LocalDate asOf = LocalDate.now(clock);
        PipelinedDecision pipeline = new PipelinedDecision(engine, orderId, asOf, write, language);
        WorkbookContent workbook;
        try {
            workbook = new OrderWorkbookReader(maxRows, maxTextCharacters).read(file, pipeline);
        } catch (RuntimeException e) {
            pipeline.abandon();
            throw e;
        }
        PipelinedDecision.Outcome outcome = pipeline.finish();
        Result result = new Result(outcome.input(), outcome.decision(), outcome.order(), workbook, clock.instant());
        return new Pipelined(result, outcome.session());
    }

    public Result decide(OrderSheetParser.ParsedOrder parsed, WorkbookContent workbook, String orderId) {
        Order input = new Order(orderId, LocalDate.now(clock), parsed.lines());
        return new Result(input, engine.check(input), parsed, workbook, clock.instant());
    }

    /** .xlsx by its content (a zip), CSV by its name; an old .xls or an encrypted workbook is refused by name. */
    private static boolean isWorkbook(File file) {
        if (file.length() == 0) {
            throw new OrderFileException("the file is empty");
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(new FileInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException | RuntimeException e) {
            throw new OrderFileException("the file cannot be read");
        }
    }

    WorkbookContent read(File file) {
        if (file.length() == 0) {
            throw new OrderFileException("the file is empty");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new FileInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new OrderFileException("the file cannot be read");
        }
        if (magic == FileMagic.OOXML) {
            return new OrderWorkbookReader(maxRows, maxTextCharacters).read(file);
        }
        if (magic == FileMagic.OLE2) {
            throw new OrderFileException("the file is an old-format .xls or an encrypted (password-protected) workbook; "
                    + "save it as an unprotected .xlsx");
        }
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return WorkbookContent.single(CsvOrderReader.read(file.toPath(), maxRows, maxTextCharacters));
        }
        throw new OrderFileException("the file is not an .xlsx workbook or a .csv file");
    }

    /** The annotated workbook of a decided order, as bytes. */
    public byte[] reportOf(Result result, WorkbookWords.Choice language) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeReport(result, language, out);
        return out.toByteArray();
    }

    public void writeReport(Result result, OutputStream out) throws IOException {
        writeReport(result, WorkbookWords.Choice.ENGLISH, out);
    }

    public void writeReport(Result result, WorkbookWords.Choice language, OutputStream out) throws IOException {
        new AnnotatedWorkbookWriter().write(result.order(), result.workbook(), result.decision(), result.uploaded(), language, out);
    }
}
