package com.chipcheck.service.orders;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of a number cell of an .xlsx: the number the cell stores, never what its number format displays. A
 * format only changes how a number is shown: {@code #,##0,} shows 8000 as "8", {@code 0.0E+0} shows 1234567 as
 * "1.2E+6", {@code "¥"#,##0.00} shows 30000 as "¥30,000.00"; a quantity or a price read from the display would be
 * another number than the one the buyer typed (a quantity of 8,000 read as 8 fits a licence for 10 units).
 *
 * <p>The one exception is a date: a cell whose format is a date (or time) format holds a date serial, and is read as
 * its ISO date (YYYY-MM-DD) in the workbook's date system (1900 or 1904). Besides the formats POI recognises (custom
 * ones such as {@code yyyy"年"m"月"d"日"}, built-in 14–22 and 45–47), these are the built-in formats 27–36 and 50–58,
 * which Excel defines per locale (Chinese, Japanese, Korean: 31 is {@code yyyy"年"m"月"d"日"} in Chinese Excel) as date
 * or time formats in every one of them, and 71–81, Thai Excel's dates and times. A workbook states only their id, so POI
 * does not know them as dates.
 *
 * <p>A number is written to 15 significant digits, as Excel holds it (its formula bar, its arithmetic): every number
 * typed into Excel comes back exactly ("0.1", "8000", "1234567"), and a computed one loses the binary noise of its
 * last two digits (=0.1+0.2 stores 0.30000000000000004 and reads "0.3", as Excel shows it). It is written in full,
 * never in exponent form, and never shortened: 1E+21 is "1000000000000000000000", for the bounds checks that follow.
 */
final class StoredNumbers {

    /** The significant digits of a number in Excel. */
    static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

    private final StylesTable styles;
    private final boolean date1904;
    /** Whether a cell style (by its index; -1: a cell without one) has a date format. */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    /**
     * @param styles   the workbook's styles, or null when it has none (every number is then in the General format)
     * @param date1904 whether the workbook counts its dates from 1904 (Excel for Mac's old date system)
     */
    StoredNumbers(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * @param written the cell's value as the file writes it ({@code <v>})
     * @param style   the cell's style index as the file writes it ({@code s}), or null
     * @return the ISO date of a date-formatted cell, else the number; a value that is no finite number as written
     */
    String text(String written, String style) {
        double value;
        try {
            value = Double.parseDouble(written.trim());
        } catch (NumberFormatException e) {
            return written;
        }
        if (!Double.isFinite(value)) {
            return written;
        }
        if (isDate(style) && DateUtil.isValidExcelDate(value)) {
            try {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            } catch (DateTimeException | ArithmeticException e) {
                // a serial no calendar holds: the number itself, which no date column accepts
            }
        }
        return plain(value);
    }

    /** A finite number as a plain decimal, to Excel's 15 significant digits: 8000, 0.1, 1000000000000000000000. */
    static String plain(double value) {
        // the largest doubles (from 1.797693134862315E308) round down: rounded up, they would be more than a double holds
        MathContext digits = Math.abs(value) >= 1.797693134862315e308 ? new MathContext(15, RoundingMode.DOWN) : EXCEL_PRECISION;
        return new BigDecimal(value).round(digits).stripTrailingZeros().toPlainString();
    }

    /** Whether the text is a number exactly as {@link #plain} writes it (a number cell read, or text alike). */
    static boolean isPlain(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '-' && i == 0) && c != '.') {
                return false;
            }
        }
        if (digits == 0 || text.length() > 400) { // a double has at most 309 digits before the point, 343 after it
            return false;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && plain(value).equals(text);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean isDate(String style) {
        if (styles == null) {
            return false;
        }
        int index;
        try {
            index = style == null ? -1 : Integer.parseInt(style.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (index < -1 || index >= styles.getNumCellStyles()) { // no such style: General, as POI reads it
            return false;
        }
        return dateStyles.computeIfAbsent(index, this::hasDateFormat);
    }

    /** As POI finds a cell's style: its own, or the workbook's first (the default) when it names none. */
    private boolean hasDateFormat(int index) {
        XSSFCellStyle style = index >= 0 ? styles.getStyleAt(index) : styles.getNumCellStyles() > 0 ? styles.getStyleAt(0) : null;
        if (style == null) {
            return false;
        }
        short format = style.getDataFormat();
        String code = styles.getNumberFormatAt(format); // the workbook's own format code for the id, if it gives one
        int id = Short.toUnsignedInt(format);
        return code == null ? isBuiltInDateFormat(id) : DateUtil.isADateFormat(id, code);
    }

    /** The built-in formats (ids the workbook gives no code for) that are dates or times in Excel. */
    static boolean isBuiltInDateFormat(int id) {
        return DateUtil.isInternalDateFormat(id) // 14–22, 45–47
                || (id >= 27 && id <= 36) || (id >= 50 && id <= 58) // Chinese, Japanese, Korean (per the locale)
                || (id >= 71 && id <= 81); // Thai
    }
}
