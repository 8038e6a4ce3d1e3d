package com.chipcheck.service.system;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;

/**
 * Writes cells of a workbook the service hands out (annotated orders, licences, impact reports) so that what came
 * from a user is shown as typed and never run: text that Excel would read as a formula (a leading =, +, - or @) is
 * quote-prefixed, text longer than a cell holds is cut, numbers stay numbers.
 */
public final class SafeCells {

    /** Characters kept of a text (Excel's limit is 32,767); the rest is replaced by an ellipsis. */
    public static final int MAX_TEXT = 32_000;

    private final CellStyle quoted;

    /** One quote-prefixed style per workbook (a workbook holds at most 64,000 styles). */
    public SafeCells(Workbook workbook) {
        this.quoted = workbook.createCellStyle();
        this.quoted.setQuotePrefixed(true);
    }

    /** Text, shown as typed. */
    public void text(Cell cell, String text) {
        String safe = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
        cell.setCellValue(safe);
        if (startsLikeFormula(safe)) {
            cell.setCellStyle(quoted);
        }
    }

    /** A number as a number; anything else as text (null leaves the cell out). */
    public void value(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).longValue());
        } else {
            text(cell, value.toString());
        }
    }

    /** A row of values from the first column on. */
    public void row(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            value(row, i, values[i]);
        }
    }

    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
