package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.screening.Certainty;
import com.chipcheck.rules.screening.PartyScreening;
import com.chipcheck.rules.screening.ScreeningHit;
import com.chipcheck.service.system.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.stream.Collectors;

/**
 * Writes the workbook back with a verdict on every order line (SXSSF, streaming): every sheet under its own name
 * and in its place, with its cell values; on the order sheet, after the original cells, ECCN, TPP, Performance
 * Density, Outcome (coloured), License Exceptions, Reasons and Citations, the header frozen with an autofilter;
 * and a Summary sheet at the end. Cell formatting of the input is not carried over (values are). Text that starts with =, +, - or @ is written quote-prefixed, as text that
 * Excel never evaluates as a formula.
 *
 * Size: one streaming pass writes the order sheet row by row while it is still being read, the other sheets, the
 * Summary and the styles; splitting it would pass the open SXSSF workbook and its style cache between classes.
 */
public final class AnnotatedWorkbookWriter {

    static final List<String> ADDED = List.of("ECCN", "TPP", "Performance Density", "Outcome", "License Exceptions",
            "Reasons", "Citations", "Screening", "Red Flags", "Approval Needed", "Alternatives", "Licence / NAC", "May Ship");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

    public void write(OrderSheetParser.ParsedOrder order, WorkbookContent workbook, OrderDecision decision, Instant uploaded,
                      OutputStream out) throws IOException {
        write(order, workbook, decision, uploaded, WorkbookWords.Choice.ENGLISH, out);
    }

    /** @param language the language asked for; a Chinese header is answered in Chinese unless another was asked explicitly */
    public void write(OrderSheetParser.ParsedOrder order, WorkbookContent workbook, OrderDecision decision, Instant uploaded,
                      WorkbookWords.Choice language, OutputStream out) throws IOException {
        List<SheetRow> orderRows = workbook.orderRows();
        int width = orderRows.stream().flatMap(r -> r.cells().keySet().stream()).mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Integer, LineDecision> byRow = new HashMap<>();
        for (int i = 0; i < order.rows().size(); i++) {
            byRow.put(order.rows().get(i).rowNumber(), decision.lines().get(i));
        }
        try (Session session = new Session(language)) {
            for (int s = 0; s < workbook.sheets().size(); s++) {
                WorkbookContent.NamedSheet sheet = workbook.sheets().get(s);
                if (s == workbook.orderSheet()) {
                    session.startOrderSheet(sheet.name(), width);
                    for (SheetRow source : sheet.rows()) {
                        session.orderRow(source, source.rowNumber() == order.headerRow(), byRow.get(source.rowNumber()));
                    }
                    session.finishOrderSheet();
                } else {
                    session.copySheet(sheet);
                }
            }
            session.finish(workbook, decision, uploaded, out);
        }
    }

    /**
     * An annotated workbook being written: the order sheet row by row (possibly while the input is still being
     * read and decided), then the user's other sheets and the Summary.
     */
    static final class Session implements AutoCloseable {
        /** The order sheet's name until its real one is known (it may be decided before every sheet name is read). */
        static final String UNNAMED = "order-being-written";
        private final SXSSFWorkbook wb = new FastDeflateWorkbook();
        private final Styles styles = new Styles(wb);
        private SXSSFSheet orderSheet;
        private int width;
        private int headerRow;
        private int lastRow;
        private final List<String> hiddenSheets = new java.util.ArrayList<>();
        private final WorkbookWords.Choice language;

        Session() {
            this(WorkbookWords.Choice.ENGLISH);
        }

        Session(WorkbookWords.Choice language) {
            this.language = language;
            this.styles.words = WorkbookWords.of(language.forHeader(false));
        }

        /** @param width the first column of the verdicts: one past the last column of the sheet */
        void startOrderSheet(String name, int width) {
            if (width + ADDED.size() > org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
                throw new OrderFileException("the order sheet uses columns up to " + org.apache.poi.ss.util.CellReference.convertNumToColString(width - 1)
                        + ": there is no room after them for the " + ADDED.size() + " verdict columns (Excel has 16,384)");
            }
            this.orderSheet = wb.createSheet(name);
            this.width = width;
        }

        /**
         * Writes one row of the order sheet, rows in order; with its verdict if it is a line.
         *
         * @return false, writing nothing, if the row has a cell where the verdict columns go
         */
        boolean orderRow(SheetRow source, boolean header, LineDecision d) {
            if (source.cells() instanceof java.util.SortedMap<Integer, String> cells && !cells.isEmpty() && cells.lastKey() >= width) {
                return false;
            }
            Row row = orderSheet.createRow(source.rowNumber() - 1);
            source.cells().forEach((col, text) -> value(row.createCell(col), text, styles));
            if (header) {
                headerRow = source.rowNumber();
                styles.words = WorkbookWords.of(language.forHeader(OrderColumn.writtenInChinese(source.cells().values())));
                List<String> added = styles.words.added();
                for (int j = 0; j < added.size(); j++) {
                    Cell c = row.createCell(width + j);
                    c.setCellValue(added.get(j));
                    c.setCellStyle(styles.header);
                }
            }
            if (d != null) {
                verdict(row, width, d, styles);
            }
            lastRow = source.rowNumber();
            return true;
        }

        void finishOrderSheet() {
            if (headerRow > 0) {
                orderSheet.createFreezePane(0, headerRow);
                orderSheet.setAutoFilter(new CellRangeAddress(headerRow - 1, Math.max(headerRow, lastRow) - 1, 0, width + ADDED.size() - 1));
            }
        }

        void copySheet(WorkbookContent.NamedSheet sheet) {
            SXSSFSheet copy = wb.createSheet(sheet.name());
            for (SheetRow source : sheet.rows()) {
                Row row = copy.createRow(source.rowNumber() - 1);
                source.cells().forEach((col, text) -> value(row.createCell(col), text, styles));
            }
            if (sheet.hidden()) {
                hiddenSheets.add(sheet.name());
            }
        }

        /** Puts the order sheet back in its place among the user's sheets, adds the Summary, writes the file. */
        void finish(WorkbookContent workbook, OrderDecision decision, Instant uploaded, OutputStream out) throws IOException {
            wb.setSheetName(wb.getSheetIndex(orderSheet), workbook.orderSheetName());
            wb.setSheetOrder(orderSheet.getSheetName(), workbook.orderSheet());
            wb.setActiveSheet(workbook.orderSheet());
            wb.setSelectedTab(workbook.orderSheet());
            for (String name : hiddenSheets) { // after the reordering: hiding goes by index
                wb.setSheetHidden(wb.getSheetIndex(name), true);
            }
            summary(wb.createSheet(summaryName(workbook, styles.words.word("Summary"))), decision, uploaded, styles);
            wb.write(out);
        }

        @Override
        public void close() throws IOException {
            wb.dispose();
            wb.close();
        }
    }

    /** "Summary" (汇总), unless the user's workbook already has a sheet of that name. */
    private static String summaryName(WorkbookContent workbook, String summary) {
        String name = summary;
        for (int n = 2; taken(workbook, name); n++) {
            name = summary + " " + n;
        }
        return name;
    }

    private static boolean taken(WorkbookContent workbook, String name) {
        return workbook.sheets().stream().anyMatch(s -> s.name().equalsIgnoreCase(name));
    }

    private static void verdict(Row row, int from, LineDecision d, Styles styles) {
        text(row.createCell(from), d.eccn() == null ? "" : d.eccn(), styles);
        if (d.tpp() != null) {
            row.createCell(from + 1).setCellValue(d.tpp().doubleValue());
        }
        if (d.performanceDensity() != null) {
            row.createCell(from + 2).setCellValue(d.performanceDensity().doubleValue());
        }
        WorkbookWords words = styles.words;
        Cell outcome = row.createCell(from + 3);
        outcome.setCellValue(words.outcome(d.outcome()));
        outcome.setCellStyle(styles.outcome.get(d.outcome()));
        text(row.createCell(from + 4), String.join(", ", d.licenseExceptions()), styles);
        text(row.createCell(from + 5), styles.texts.computeIfAbsent(d.reasons(), r -> reasonsText(r, words)), styles);
        text(row.createCell(from + 6), styles.citations.computeIfAbsent(d.reasons(), AnnotatedWorkbookWriter::citationsText), styles);
        text(row.createCell(from + 7), screeningText(d, words), styles);
        text(row.createCell(from + 8), d.redFlags().stream().map(f -> f.severity() + " " + f.code() + ": " + words.reason("POLICY-" + f.code(), f.text()))
                .collect(Collectors.joining("\n")), styles);
        text(row.createCell(from + 9), d.approvalNeeded() == null ? "" : words.approvers(d.approvalNeeded()), styles);
        text(row.createCell(from + 10), d.alternatives().stream()
                .map(a -> a.partNumber() + " (" + a.outcome() + ", " + a.tppRatio().toPlainString() + " x TPP)")
                .collect(Collectors.joining("\n")), styles);
        text(row.createCell(from + 11), authorisationText(d, words), styles);
        text(row.createCell(from + 12), words.word(d.shippable() ? "yes" : "no"), styles);
    }

    /** The licence a line ships under, with what is left, and a NAC line's notification and its status. */
    static String authorisationText(LineDecision d) {
        return authorisationText(d, WorkbookWords.of(com.chipcheck.rules.i18n.Language.EN));
    }

    static String authorisationText(LineDecision d, WorkbookWords words) {
        StringBuilder sb = new StringBuilder();
        if (d.nac() != null) {
            sb.append("NAC ").append(words.word(String.valueOf(d.nac().status())));
            if (d.nac().notificationId() != null) {
                sb.append(": ").append(words.word("notification")).append(' ').append(d.nac().notificationId()).append(", ")
                        .append(words.word("submitted")).append(' ').append(d.nac().submitted()).append(", ")
                        .append(words.word("earliest ship date")).append(' ').append(d.nac().earliestShipDate());
            }
        }
        if (d.licence() != null) {
            sb.append(sb.length() > 0 ? "\n" : "").append(words.word("licence")).append(' ').append(d.licence().number());
            if (d.licence().remainingQuantity() != null) {
                sb.append(", ").append(d.licence().remainingQuantity().stripTrailingZeros().toPlainString()).append(' ').append(words.word("units left"));
            }
            if (d.licence().remainingValue() != null) {
                sb.append(", ").append(d.licence().remainingValue().stripTrailingZeros().toPlainString()).append(' ')
                        .append(d.licence().currency()).append(' ').append(words.word("left"));
            }
        }
        return sb.toString();
    }

    /** Per party: no hit, or each hit with list, entry, score and certainty; the list version once. */
    static String screeningText(LineDecision d) {
        return screeningText(d, WorkbookWords.of(com.chipcheck.rules.i18n.Language.EN));
    }

    static String screeningText(LineDecision d, WorkbookWords words) {
        if (d.screening().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (PartyScreening p : d.screening()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String role = words.word(p.role().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (p.hits().isEmpty()) {
                sb.append(role).append(" \"").append(p.name()).append("\": ").append(words.word("no hit"));
            }
            for (ScreeningHit h : p.hits()) {
                sb.append(role).append(" \"").append(p.name()).append("\": ").append(words.word(h.certainty() == Certainty.MATCH ? "HIT" : "POSSIBLE")).append(' ')
                        .append(h.entry().source()).append(" entry ").append(h.entry().id()).append(" \"").append(h.entry().name())
                        .append('"').append(String.format(Locale.ROOT, " (score %.2f)", h.score()));
            }
            if (!p.suppressed().isEmpty()) {
                sb.append("; ").append(words.word("reviewed false positives")).append(": ").append(String.join(", ", p.suppressed()));
            }
        }
        return sb.append('\n').append(words.word("list version")).append(' ').append(d.screening().get(0).listVersion()).toString();
    }

    private static String reasonsText(List<Reason> reasons, WorkbookWords words) {
        return reasons.stream().filter(r -> r.kind() != com.chipcheck.rules.decision.ReasonKind.DESTINATION)
                .map(r -> "[" + r.ruleId() + "] " + words.reason(r.ruleId(), r.text())).collect(Collectors.joining("\n"));
    }

    private static String citationsText(List<Reason> reasons) {
        return reasons.stream().map(Reason::citation)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("\n"));
    }

    private static void summary(Sheet sheet, OrderDecision decision, Instant uploaded, Styles styles) {
        WorkbookWords w = styles.words;
        int r = 0;
        r = pair(sheet, r, w.word("Order"), decision.orderId(), styles);
        r = pair(sheet, r, w.word("Order outcome"), w.outcome(decision.outcome()), styles);
        r = pair(sheet, r, w.word("Rule-set version"), decision.ruleSetVersion(), styles);
        r = pair(sheet, r, w.word("Screening list version"), decision.listVersion(), styles);
        r = pair(sheet, r, w.word("Exchange-rate table"), decision.exchangeRatesVersion(), styles);
        r = pair(sheet, r, w.word("Uploaded (UTC)"), uploaded.toString(), styles);
        r = pair(sheet, r, w.word("As-of dates"), decision.lines().stream().map(l -> l.asOf().toString())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", ")), styles);
        r = pair(sheet, r, w.word("Lines"), String.valueOf(decision.lines().size()), styles);
        r = pair(sheet, r, w.word("Lines that may ship"), decision.shippableLines()
                + w.word(" (NLR, ACA, LICENSED, and NAC once its notification has cleared)"), styles);
        r = pair(sheet, r, w.word("NAC lines not cleared"), decision.nacNotCleared() + (decision.nacNotCleared() == 0 ? ""
                : w.word(" (no notification to BIS, or its 25-day review or confirmation pending: they may not ship yet)")), styles);
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        decision.lines().forEach(l -> counts.merge(l.outcome(), 1L, Long::sum));
        r++;
        for (Outcome o : Outcome.values()) {
            Row row = sheet.createRow(r++);
            Cell c = row.createCell(0);
            c.setCellValue(w.outcome(o));
            c.setCellStyle(styles.outcome.get(o));
            row.createCell(1).setCellValue(counts.getOrDefault(o, 0L));
        }
    }

    private static int pair(Sheet sheet, int r, String key, String value, Styles styles) {
        Row row = sheet.createRow(r);
        Cell k = row.createCell(0);
        k.setCellValue(key);
        k.setCellStyle(styles.header);
        text(row.createCell(1), value == null ? "" : value, styles);
        return r + 1;
    }

    /**
     * Numbers stay numbers; everything else is text, never a formula. A number is a short plain decimal (as a CSV
     * gives it) or a number exactly as the reader writes a number cell ({@link StoredNumbers#plain}), however long:
     * 1000000000000000000000, 3333.33333333333.
     */
    private static void value(Cell cell, String text, Styles styles) {
        if (text != null && (PLAIN_NUMBER.matcher(text).matches() || StoredNumbers.isPlain(text))) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            text(cell, text == null ? "" : text, styles);
        }
    }

    private static void text(Cell cell, String text, Styles styles) {
        styles.cells.text(cell, text);
    }

    /**
     * Deflates at the fastest level: the verdict columns make each row about three times the input's size, and
     * at the default level compressing them was the largest single cost of a 100,000-line order
     * (docs/performance.md). The file is somewhat larger; Excel reads it the same. Escapes cell text in runs.
     */
    private static final class FastDeflateWorkbook extends SXSSFWorkbook {
        FastDeflateWorkbook() {
            super(200);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new FastEscapeSheetDataWriter();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    private static final class Styles {
        final CellStyle header;
        final SafeCells cells;
        /** The language of the workbook's words: set at the header row, before any verdict is written. */
        WorkbookWords words = WorkbookWords.of(com.chipcheck.rules.i18n.Language.EN);
        final Map<Outcome, CellStyle> outcome = new EnumMap<>(Outcome.class);
        /**
         * Lines with the same reasons (identical lines share one decision) get their texts joined once. The most
         * recently used 1,024 only, so that an order of all-distinct lines does not keep every text alive.
         */
        final Map<List<Reason>, String> texts = recent();
        final Map<List<Reason>, String> citations = recent();

        private static Map<List<Reason>, String> recent() {
            Map<List<Reason>, String> lastUsed = new LinkedHashMap<>(2048, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Reason>, String> eldest) {
                    return size() > 1024;
                }
            };
            return lastUsed;
        }

        Styles(SXSSFWorkbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            cells = new SafeCells(wb);
            colour(wb, Outcome.NLR, IndexedColors.LIGHT_GREEN);
            colour(wb, Outcome.ACA, IndexedColors.LIGHT_TURQUOISE);
            colour(wb, Outcome.NAC, IndexedColors.LIGHT_YELLOW);
            colour(wb, Outcome.LICENSED, IndexedColors.LIGHT_CORNFLOWER_BLUE);
            colour(wb, Outcome.LICENSE_REQUIRED, IndexedColors.LIGHT_ORANGE);
            colour(wb, Outcome.PROHIBITED, IndexedColors.RED);
            colour(wb, Outcome.HOLD, IndexedColors.GREY_25_PERCENT);
        }

        private void colour(SXSSFWorkbook wb, Outcome o, IndexedColors c) {
            CellStyle s = wb.createCellStyle();
            s.setFillForegroundColor(c.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            outcome.put(o, s);
        }
    }
}
