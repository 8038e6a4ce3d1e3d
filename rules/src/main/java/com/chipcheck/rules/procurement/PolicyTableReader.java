package com.chipcheck.rules.procurement;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an uploaded policy table as data, never as code. A Drools decision table compiles its header and code rows
 * (RuleSet, Import, the CONDITION/ACTION snippets) as Java/MVEL, and splices every data cell into a snippet: whoever
 * edits those rows writes code that runs in the service. So only the data rows are the officer's: every other cell
 * must be exactly as this build ships it ({@link PolicyTableTemplate}), and every data cell must be a value of its
 * column's type (a country code, a number, a date, an outcome, a name without quotes). What compiles is a table
 * rebuilt from the shipped header and code rows and the checked values; nothing of the upload but those values.
 * A refusal names the cell.
 */
final class PolicyTableReader {

    /** The settings rows a decision table starts with; their values are the shipped ones or the table is refused. */
    private static final Set<String> SETTINGS = Set.of("RuleSet", "Import", "Notes");
    private static final Set<String> FLAGS = Set.of("HOLD", "ADVISORY");
    private static final Set<String> OUTCOMES = Set.of("NLR", "ACA", "NAC", "LICENSE_REQUIRED", "HOLD", "PROHIBITED");
    /** Names shown to people (rule names, approvers): letters, digits and ordinary punctuation, never quotes or code. */
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N} ,.:;()/+&'%-]{1,120}");
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9 ().,/+_-]{1,100}");
    /** A plain decimal: no exponent, no sign, bounded, so that it is a literal in the rules and nothing else. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final int MAX_ROWS_PER_TABLE = 500;

    private PolicyTableReader() {
    }

    /** The tables of the upload with the shipped columns and the upload's checked rows. */
    static List<PolicyTableTemplate.Table> read(byte[] xlsx) {
        Map<String, PolicyTableTemplate.Table> shipped = new LinkedHashMap<>();
        PolicyTableTemplate.tables().forEach(t -> shipped.put("RuleTable " + t.name(), t));
        List<PolicyTableTemplate.Table> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        DataFormatter text = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            int r = sheet.getFirstRowNum();
            while (r <= sheet.getLastRowNum()) {
                Row row = sheet.getRow(r);
                String first = cell(text, row, 1);
                if (first.startsWith("RuleTable")) {
                    PolicyTableTemplate.Table template = shipped.get(first);
                    if (template == null) {
                        throw refused(r, 1, "\"" + first + "\" is not a table of this policy; the tables are fixed: "
                                + String.join("; ", shipped.keySet()));
                    }
                    if (!seen.add(first)) {
                        throw refused(r, 1, "the table \"" + template.name() + "\" appears twice");
                    }
                    r = readTable(sheet, r, template, text, out);
                    continue;
                }
                if (!first.isEmpty() || anyCellFrom(text, row, 2)) {
                    if (!SETTINGS.contains(first)) {
                        throw refused(r, 1, "\"" + first + "\" is neither a data row of a table nor a setting of this policy; "
                                + "only the data rows of the tables may be edited");
                    }
                    String expected = PolicyTableTemplate.setting(first);
                    if (!first.equals("Notes") && !cell(text, row, 2).equals(expected)) {
                        throw refused(r, 2, "the " + first + " setting must stay as shipped (\"" + expected + "\")");
                    }
                }
                r++;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PolicyTableException p) {
                throw p;
            }
            throw new PolicyTableException("the file is not a readable .xlsx workbook: " + e.getClass().getSimpleName());
        }
        for (String name : shipped.keySet()) {
            if (!seen.contains(name)) {
                throw new PolicyTableException("the table \"" + name.substring("RuleTable ".length())
                        + "\" is missing; keep every table (a table with no rows applies nothing)");
            }
        }
        return out;
    }

    /** Checks the four header rows against the template and reads the data rows; returns the row after the table. */
    private static int readTable(Sheet sheet, int titleRow, PolicyTableTemplate.Table template, DataFormatter text,
                                 List<PolicyTableTemplate.Table> out) {
        List<String[]> columns = template.columns();
        for (int h = 0; h < 4; h++) {
            Row row = sheet.getRow(titleRow + 1 + h);
            for (int c = 0; c < columns.size(); c++) {
                String expected = columns.get(c)[h];
                if (!cell(text, row, 1 + c).equals(expected)) {
                    throw refused(titleRow + 1 + h, 1 + c, "the header and code rows of a table are fixed and must stay as shipped (\""
                            + expected + "\"); only the data rows below them may be edited");
                }
            }
            if (anyCellFrom(text, row, 1 + columns.size())) {
                throw refused(titleRow + 1 + h, 1 + columns.size(), "a table's columns are fixed; this cell is outside them");
            }
        }
        List<String[]> rows = new ArrayList<>();
        int r = titleRow + 5;
        for (; r <= sheet.getLastRowNum(); r++) {
            Row data = sheet.getRow(r);
            if (data == null || (cell(text, data, 1).isEmpty() && cell(text, data, 2).isEmpty())) {
                break;
            }
            if (cell(text, data, 1).startsWith("RuleTable")) {
                break;
            }
            if (rows.size() == MAX_ROWS_PER_TABLE) {
                throw refused(r, 1, "a table takes at most " + MAX_ROWS_PER_TABLE + " rows");
            }
            String[] values = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String value = cell(text, data, 1 + c);
                String problem = problem(columns.get(c)[3], value);
                if (problem != null) {
                    throw refused(r, 1 + c, "(" + columns.get(c)[3] + "): " + problem);
                }
                values[c] = value;
            }
            if (anyCellFrom(text, data, 1 + columns.size())) {
                throw refused(r, 1 + columns.size(), "a table's columns are fixed; this cell is outside them");
            }
            rows.add(values);
        }
        out.add(new PolicyTableTemplate.Table(template.name(), columns, rows));
        return r;
    }

    /** Why a data value does not fit its column, by the column's label; null if it does. */
    static String problem(String label, String value) {
        String l = label.toLowerCase(Locale.ROOT);
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0 || value.indexOf('$') >= 0) {
            return "quotes, backslashes and $ are not values of a policy table";
        }
        if (l.equals("rule")) {
            return TEXT.matcher(value).matches() ? null : "give the rule a name of up to 120 letters, digits and punctuation";
        }
        if (l.startsWith("flag")) {
            return FLAGS.contains(value) ? null : "\"" + value + "\" is neither HOLD nor ADVISORY";
        }
        if (l.startsWith("approval needed by")) {
            return TEXT.matcher(value).matches() ? null : "name who approves in up to 120 letters, digits and punctuation";
        }
        if (l.startsWith("applies (x)")) {
            return value.isEmpty() || value.equals("x") ? null : "write x, or leave the cell empty";
        }
        if (l.startsWith("part number")) {
            return value.isEmpty() || PART.matcher(value).matches() ? null : "\"" + value + "\" is not a part number";
        }
        if (value.isEmpty()) {
            return l.contains("empty") ? null : "is empty";
        }
        if (l.contains("(iso)")) {
            return value.matches("[A-Z]{2}") ? null : "\"" + value + "\" is not an ISO country code (two capital letters)";
        }
        if (l.startsWith("end-user types")) {
            for (String t : value.split(",")) {
                if (!com.chipcheck.rules.order.Purchase.END_USER_TYPES.contains(t.trim())) {
                    return "\"" + t.trim() + "\" is not one of " + new java.util.TreeSet<>(com.chipcheck.rules.order.Purchase.END_USER_TYPES);
                }
            }
            return null;
        }
        if (l.startsWith("outcome")) {
            return OUTCOMES.contains(value) ? null : "\"" + value + "\" is not an outcome (" + String.join(", ", new java.util.TreeSet<>(OUTCOMES)) + ")";
        }
        if (l.contains("yyyy-mm-dd")) {
            if (!value.contains(",")) {
                return "give two dates separated by a comma (either may be empty)";
            }
            for (String d : value.split(",", -1)) {
                if (!d.isBlank()) {
                    try {
                        LocalDate.parse(d.trim());
                    } catch (DateTimeParseException e) {
                        return "\"" + d.trim() + "\" is not a date (YYYY-MM-DD)";
                    }
                }
            }
            return value.split(",", -1).length == 2 ? null : "give two dates separated by a comma (either may be empty)";
        }
        if (l.contains("usd") || l.contains("tpp") || l.contains("days") || l.contains("factor")) {
            String[] parts = l.contains("min, max") ? value.split(",", -1) : new String[] {value};
            if (l.contains("min, max") && parts.length != 2) {
                return "give the minimum and the maximum separated by a comma";
            }
            for (String p : parts) {
                if (!NUMBER.matcher(p.trim()).matches()) {
                    return "\"" + p.trim() + "\" is not a number (digits and a decimal point; no sign, exponent or thousands separators)";
                }
            }
            if (l.contains("min, max") && new BigDecimal(parts[0].trim()).compareTo(new BigDecimal(parts[1].trim())) > 0) {
                return "the minimum is above the maximum";
            }
            return null;
        }
        return "the column \"" + label + "\" is not one this policy knows";
    }

    private static String cell(DataFormatter text, Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : text.formatCellValue(cell).trim();
    }

    private static boolean anyCellFrom(DataFormatter text, Row row, int column) {
        if (row == null) {
            return false;
        }
        for (int c = column; c < Math.max(column, row.getLastCellNum()); c++) {
            if (!cell(text, row, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static PolicyTableException refused(int row, int column, String why) {
        return new PolicyTableException(new CellReference(row, column).formatAsString() + " " + why);
    }
}
