package com.chipcheck.service.licences;

import com.chipcheck.rules.licence.Licence;
import com.chipcheck.rules.licence.LicenceParty;
import com.chipcheck.service.system.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licences as a workbook: one row per licence on the "Licences" sheet (the columns of {@link #COLUMNS}, read by header
 * name, in any order, other columns ignored), and on download their standing and a "Draw-downs" sheet. A downloaded
 * workbook can be uploaded again: its licences are registered already and are reported so, never edited.
 */
final class LicenceWorkbook {

    /** The columns an uploaded workbook needs (Parts, Parties, Quantity, Value, Currency and Provisos may be empty). */
    static final List<String> COLUMNS = List.of("Number", "Valid From", "Valid Until", "ECCNs", "Parts", "Destinations", "Parties",
            "Quantity", "Value", "Currency", "Provisos");
    private static final List<String> REQUIRED = List.of("Number", "Valid From", "Valid Until", "ECCNs", "Destinations");
    private static final List<String> STANDING = List.of("Status", "Remaining Quantity", "Remaining Value", "Expires Within 30 Days");
    static final int MAX_ROWS = 5000;
    private static final int MAX_CELL = 4000;
    /** "Name (CN)" — a party and its country, as the download writes it. */
    private static final Pattern PARTY = Pattern.compile("^(.*?)\\s*\\(([A-Za-z]{2})\\)\\s*$");

    private LicenceWorkbook() {
    }

    /** A row of an uploaded workbook: the licence it gives, or what is wrong with it. */
    record RowRead(int row, LicencesController.LicenceRequest request, List<String> problems) {
    }

    static List<RowRead> read(InputStream in) throws IOException {
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Licences") != null ? wb.getSheet("Licences") : wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new IllegalArgumentException("the sheet \"" + sheet.getSheetName() + "\" is empty: a header row with " + COLUMNS + " is needed");
            }
            Map<String, Integer> at = new HashMap<>();
            for (Cell c : header) {
                String name = new DataFormatter(Locale.ROOT).formatCellValue(c).strip().toLowerCase(Locale.ROOT);
                COLUMNS.stream().filter(col -> col.toLowerCase(Locale.ROOT).equals(name)).findFirst().ifPresent(col -> at.putIfAbsent(col, c.getColumnIndex()));
            }
            List<String> missing = REQUIRED.stream().filter(col -> !at.containsKey(col)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the header row of \"" + sheet.getSheetName() + "\" lacks the column(s) " + missing
                        + "; the columns are " + COLUMNS);
            }
            if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS) {
                throw new IllegalArgumentException("more than " + MAX_ROWS + " licence rows: split the workbook");
            }
            List<RowRead> out = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || COLUMNS.stream().allMatch(col -> text(row, at.get(col)).isEmpty())) {
                    continue;
                }
                out.add(row(row, at));
            }
            return out;
        }
    }

    private static RowRead row(Row row, Map<String, Integer> at) {
        List<String> problems = new ArrayList<>();
        int n = row.getRowNum() + 1;
        LocalDate from = date(row, at.get("Valid From"), "Valid From", problems);
        LocalDate until = date(row, at.get("Valid Until"), "Valid Until", problems);
        BigDecimal quantity = number(row, at.get("Quantity"), "Quantity", problems);
        BigDecimal value = number(row, at.get("Value"), "Value", problems);
        List<LicenceParty> parties = new ArrayList<>();
        for (String p : split(text(row, at.get("Parties")), ";")) {
            Matcher m = PARTY.matcher(p);
            parties.add(m.matches() ? new LicenceParty(m.group(1).strip(), m.group(2).toUpperCase(Locale.ROOT)) : new LicenceParty(p, null));
        }
        for (String col : COLUMNS) {
            if (text(row, at.get(col)).length() > MAX_CELL) {
                problems.add(col + ": longer than " + MAX_CELL + " characters");
            }
        }
        String currency = text(row, at.get("Currency"));
        String provisos = text(row, at.get("Provisos"));
        LicencesController.LicenceRequest request = new LicencesController.LicenceRequest(text(row, at.get("Number")), from, until,
                split(text(row, at.get("ECCNs")), ","), split(text(row, at.get("Parts")), ";"), split(text(row, at.get("Destinations")), ","),
                parties, quantity, value, currency.isEmpty() ? null : currency.toUpperCase(Locale.ROOT), provisos.isEmpty() ? null : provisos);
        return new RowRead(n, request, problems);
    }

    private static List<String> split(String s, String by) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(Pattern.quote(by))).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String text(Row row, Integer col) {
        if (col == null || row.getCell(col) == null) {
            return "";
        }
        Cell c = row.getCell(col);
        if (c.getCellType() == CellType.FORMULA) {
            return "=formula"; // never evaluated: a licence is typed, not computed
        }
        return new DataFormatter(Locale.ROOT).formatCellValue(c).strip();
    }

    /** A date cell (the workbook's own 1900 or 1904 date system) or ISO text, yyyy-mm-dd. */
    private static LocalDate date(Row row, Integer col, String name, List<String> problems) {
        Cell c = col == null ? null : row.getCell(col);
        if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = text(row, col);
        if (t.isEmpty()) {
            return null; // the licence's own check names the missing field
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(name + ": \"" + cut(t) + "\" is not a date (a date cell, or yyyy-mm-dd)");
            return null;
        }
    }

    private static BigDecimal number(Row row, Integer col, String name, List<String> problems) {
        Cell c = col == null ? null : row.getCell(col);
        if (c != null && c.getCellType() == CellType.NUMERIC) {
            return com.chipcheck.rules.order.Decimals.plain(new BigDecimal(Double.toString(c.getNumericCellValue())));
        }
        String t = text(row, col).replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(name + ": \"" + cut(t) + "\" is not a number");
            return null;
        }
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The licences with their standing on {@code day}, and every draw-down on a second sheet. */
    static void write(List<LicenceRegistry.View> views, LocalDate day, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells cells = new SafeCells(wb);
            Sheet licences = wb.createSheet("Licences");
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(STANDING);
            cells.row(licences.createRow(0), header.toArray());
            int r = 1;
            for (LicenceRegistry.View v : views) {
                Licence l = v.licence();
                boolean soon = !day.isAfter(l.validUntil()) && !l.validUntil().isAfter(day.plusDays(LicencesController.EXPIRY_WARNING_DAYS));
                cells.row(licences.createRow(r++), l.number(), l.validFrom().toString(), l.validUntil().toString(), join(l.eccns(), ", "),
                        join(l.parts(), "; "), join(l.destinations(), ", "),
                        String.join("; ", l.parties().stream().map(p -> p.name() + (p.country() == null ? "" : " (" + p.country() + ")")).toList()),
                        l.quantity(), l.value(), l.currency(), l.provisos(), v.status().name(), v.remainingQuantity(), v.remainingValue(),
                        soon ? "yes" : "no");
            }
            Sheet draws = wb.createSheet("Draw-downs");
            cells.row(draws.createRow(0), "Licence", "Order", "Decision", "Line", "Line Id", "Units", "Value", "Drawn At (UTC)", "Drawn By");
            r = 1;
            for (LicenceRegistry.View v : views) {
                for (LicenceRegistry.Drawdown d : v.drawdowns()) {
                    cells.row(draws.createRow(r++), v.licence().number(), d.orderId(), d.decisionId(), d.line(), d.lineId(), d.units(), d.value(),
                            d.at().toString(), d.by());
                }
            }
            wb.write(out);
        }
    }

    private static String join(java.util.Set<String> s, String by) {
        return String.join(by, s.stream().sorted().toList());
    }
}
