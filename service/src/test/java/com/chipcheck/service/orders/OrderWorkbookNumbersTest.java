package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.licence.Licence;
import com.chipcheck.rules.licence.LicenceCoverage;
import com.chipcheck.rules.licence.LicenceParty;
import com.chipcheck.rules.licence.LicenceStanding;
import com.chipcheck.rules.order.OrderLine;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number cell is read as the number it stores, never as its number format displays it: a quantity of 8,000 shown in
 * thousands ({@code #,##0,}) as "8" is 8,000 units, a price shown as "¥30,000.00" is 30000; and a date cell, whatever
 * its date format (Chinese Excel's built-in 年月日 formats too), is its date. Each workbook is written with POI and
 * decided as an upload is ({@link OrderWorkbooks#evaluate}).
 */
class OrderWorkbookNumbersTest {

    private static final String[] HEADER = {"Line", "Part Number", "Quantity", "Destination", "End User", "End User Country",
            "End User HQ Country", "Ultimate Parent Country", "Ship Date", "Unit Price"};
    private static final int QUANTITY = 2;
    private static final int SHIP_DATE = 8;
    private static final int PRICE = 9;
    private static final LocalDate SHIP = LocalDate.of(2026, 10, 20);

    private static OrderWorkbooks workbooks;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        workbooks = new OrderWorkbooks(ExportControlEngine.bundled(), Clock.systemUTC(), 10_000);
    }

    /**
     * A cell as written: a number with its format (a format code, a built-in format id, or none: General), a text,
     * or a formula with its cached number.
     */
    private record Written(Object value, Object format, String formula) {
        static Written number(double value, Object format) {
            return new Written(value, format, null);
        }

        static Written text(String text) {
            return new Written(text, null, null);
        }

        static Written formula(String formula, double cached, Object format) {
            return new Written(cached, format, formula);
        }
    }

    /** One order line per entry: quantity, ship date and unit price as given; the other cells of an ordinary line. */
    private File workbook(String name, boolean date1904, String part, String destination, String endUser, Written[]... lines) throws Exception {
        File f = dir.resolve(name).toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(f)) {
            if (date1904) {
                var properties = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
                properties.setDate1904(true);
            }
            Sheet s = wb.createSheet("Order");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < lines.length; r++) {
                Row row = s.createRow(r + 1);
                String[] fixed = {String.valueOf(r + 1), part, null, destination, endUser, destination, destination, destination};
                for (int c = 0; c < fixed.length; c++) {
                    if (fixed[c] != null) {
                        row.createCell(c).setCellValue(fixed[c]);
                    }
                }
                put(wb, row.createCell(QUANTITY), lines[r][0]);
                put(wb, row.createCell(SHIP_DATE), lines[r][1]);
                if (lines[r].length > 2 && lines[r][2] != null) {
                    put(wb, row.createCell(PRICE), lines[r][2]);
                }
            }
            wb.write(out);
        }
        return f;
    }

    private File workbook(String name, Written[]... lines) throws Exception {
        return workbook(name, false, "NVIDIA H100 SXM5 80GB", "DE", "Frankfurt AI Cloud GmbH", lines);
    }

    private static void put(XSSFWorkbook wb, Cell cell, Written w) {
        if (w.value() instanceof String text) {
            cell.setCellValue(text);
            return;
        }
        if (w.formula() != null) {
            cell.setCellFormula(w.formula());
        }
        cell.setCellValue((Double) w.value()); // a formula cell keeps its formula: this is its cached value
        if (w.format() != null) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(w.format() instanceof Short id ? id : wb.createDataFormat().getFormat((String) w.format()));
            cell.setCellStyle(style);
        }
    }

    private static double serial(LocalDate day, boolean date1904) {
        return DateUtil.getExcelDate(day, date1904);
    }

    private static Written shipDate() {
        return Written.number(serial(SHIP, false), (short) 14);
    }

    /** The stored number, the format it is shown with, and the text the reader must hand the parser. */
    static Stream<Arguments> quantities() {
        return Stream.of(
                Arguments.of(8000d, "#,##0,", "8000"),          // shown "8": thousands
                Arguments.of(8000000d, "#,##0,,", "8000000"),   // shown "8": millions
                Arguments.of(1234567d, "0.0E+0", "1234567"),    // shown "1.2E+6"
                Arguments.of(1234567d, (short) 11, "1234567"),  // built-in 0.00E+00
                Arguments.of(1234567d, (short) 48, "1234567"),  // built-in ##0.0E+0
                Arguments.of(8000d, "#,##0", "8000"),
                Arguments.of(8000d, (short) 3, "8000"),
                Arguments.of(8000d, "0.00", "8000"),
                Arguments.of(8000d, "@", "8000"),               // a number in a cell formatted as text afterwards
                Arguments.of(8000d, null, "8000"),
                Arguments.of(8d, "0", "8"));
    }

    @ParameterizedTest(name = "quantity {0} shown as {1}")
    @MethodSource("quantities")
    void aQuantityIsTheNumberTheCellStoresNotItsDisplay(double stored, Object format, String text) throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("q.xlsx",
                new Written[] {Written.number(stored, format), shipDate()}), "PO-Q");
        OrderLine line = result.input().lines().get(0);
        assertEquals(text, result.order().rows().get(0).cell(QUANTITY));
        assertEquals(0, new BigDecimal(text).compareTo(line.quantity()), "quantity " + line.quantity());
        assertEquals(List.of(), line.problems());
    }

    static Stream<Arguments> prices() {
        return Stream.of(
                Arguments.of(30000d, "#,##0,", "30000"),                    // shown "30"
                Arguments.of(3000000d, "#,##0,,", "3000000"),               // shown "3"
                Arguments.of(30000d, "\"¥\"#,##0.00", "30000"),             // shown "¥30,000.00"
                Arguments.of(30000d, "[$¥-804]#,##0.00", "30000"),          // Chinese Excel's yuan format
                Arguments.of(30000d, "[$$-409]#,##0.00", "30000"),
                Arguments.of(30000d, "¥#,##0.00;¥-#,##0.00", "30000"),
                Arguments.of(30000d, (short) 5, "30000"),                   // built-in currency formats, shown "$30,000" …
                Arguments.of(30000d, (short) 6, "30000"),
                Arguments.of(30000d, (short) 7, "30000"),
                Arguments.of(30000d, (short) 8, "30000"),
                Arguments.of(30000d, (short) 42, "30000"),                  // accounting
                Arguments.of(30000d, (short) 44, "30000"),
                Arguments.of(30000.5d, (short) 37, "30000.5"),              // shown "30,001"
                Arguments.of(0.1d, "0", "0.1"),                             // shown "0"
                Arguments.of(0.1d, null, "0.1"),
                Arguments.of(1234.5678d, "0.00", "1234.5678"),              // shown "1234.57"
                Arguments.of(0.25d, "0%", "0.25"),                          // shown "25%"
                Arguments.of(12.5d, "# ?/?", "12.5"),                       // shown "12 1/2"
                Arguments.of(0.1 + 0.2, "#,##0.00", "0.3"));                // stored 0.30000000000000004: to 15 digits, as Excel holds it
    }

    @ParameterizedTest(name = "price {0} shown as {1}")
    @MethodSource("prices")
    void aPriceIsTheNumberTheCellStoresNotItsDisplay(double stored, Object format, String text) throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("p.xlsx",
                new Written[] {Written.number(8, null), shipDate(), Written.number(stored, format)}), "PO-P");
        OrderLine line = result.input().lines().get(0);
        assertEquals(text, result.order().rows().get(0).cell(PRICE));
        assertEquals(new BigDecimal(text), line.purchase().unitPrice());
        assertEquals(List.of(), line.problems());
    }

    @Test
    void aFormulasCachedNumberIsReadAsStoredToo() throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("f.xlsx",
                new Written[] {Written.formula("4000*2", 8000, "#,##0,"), shipDate(), Written.formula("10000*3", 30000, "\"¥\"#,##0.00")},
                new Written[] {Written.number(8, null), Written.formula("DATE(2026,10,20)", serial(SHIP, false), (short) 31)}), "PO-F");
        OrderLine first = result.input().lines().get(0);
        assertEquals(0, new BigDecimal("8000").compareTo(first.quantity()));
        assertEquals(new BigDecimal("30000"), first.purchase().unitPrice());
        assertEquals(SHIP, result.input().lines().get(1).asOf());
    }

    @Test
    void aNumberTooLargeIsHeldInFullNeverCutToFit() throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("big.xlsx",
                new Written[] {Written.number(1e21, "#,##0,,,,,,"), shipDate(), Written.number(1e21, "\"¥\"#,##0.00")},
                new Written[] {Written.number(1e7 + 1, "#,##0,"), shipDate(), Written.number(1e-13, "0.00")}), "PO-B");
        assertEquals("1000000000000000000000", result.order().rows().get(0).cell(QUANTITY));
        String first = result.input().lines().get(0).problems().toString();
        assertTrue(first.contains("C2: \"1000000000000000000000\" is more than 10000000 units"), first);
        assertTrue(first.contains("J2: \"1000000000000000000000\" has more than 15 digits before the decimal point"), first);
        String second = result.input().lines().get(1).problems().toString();
        assertTrue(second.contains("C3: \"10000001\" is more than 10000000 units"), second);
        assertTrue(second.contains("J3: \"0.0000000000001\" has more than 12 digits after the decimal point"), second);
        assertEquals(List.of(Outcome.HOLD, Outcome.HOLD), result.decision().lines().stream().map(LineDecision::outcome).toList());
    }

    /** The false clear: 8,000 units shown in thousands as "8" must not fit a licence for 10. */
    @Test
    void aQuantityShownInThousandsIsNotCoveredByALicenceForTenUnits() throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("licence.xlsx", false, "NVIDIA H100 SXM5 80GB", "CN", "Acme",
                new Written[] {Written.number(8000, "#,##0,"), shipDate()},
                new Written[] {Written.number(8, null), shipDate()}), "PO-L");
        assertEquals(List.of(Outcome.LICENSE_REQUIRED, Outcome.LICENSE_REQUIRED),
                result.decision().lines().stream().map(LineDecision::outcome).toList());
        Licence tenUnits = new Licence("L-10", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), Set.of("3A090.a"), Set.of(),
                Set.of("CN"), List.of(new LicenceParty("Acme", "CN", null)), new BigDecimal("10"), null, null, null, null);
        List<LineDecision> covered = new LicenceCoverage(List.of(new LicenceStanding(tenUnits, BigDecimal.ZERO, BigDecimal.ZERO)))
                .apply(result.input().lines(), result.decision().lines());
        assertEquals(Outcome.LICENSE_REQUIRED, covered.get(0).outcome(), "8,000 units are not covered by a licence for 10");
        String why = covered.get(0).reasons().toString();
        assertTrue(why.contains("has 10 units left of 10 (the line needs 8000)"), why);
        assertEquals(Outcome.LICENSED, covered.get(1).outcome(), "8 units are: the licence itself covers the line");
    }

    /** Built-in date formats: 14, and the ids Excel defines per locale (Chinese, Japanese, Korean) as dates or times. */
    static IntStream builtInDateFormats() {
        return IntStream.concat(IntStream.of(14, 15, 16, 17, 22), IntStream.concat(IntStream.rangeClosed(27, 36), IntStream.rangeClosed(50, 58)));
    }

    @ParameterizedTest(name = "built-in date format {0}")
    @MethodSource("builtInDateFormats")
    void aDateCellWithABuiltInDateFormatIsItsDate(int id) throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            OrderWorkbooks.Result result = workbooks.evaluate(workbook("d" + id + date1904 + ".xlsx", date1904, "NVIDIA H100 SXM5 80GB", "DE",
                    "Frankfurt AI Cloud GmbH", new Written[] {Written.number(8, null), Written.number(serial(SHIP, date1904), (short) id)}), "PO-D");
            OrderLine line = result.input().lines().get(0);
            assertEquals(SHIP.toString(), result.order().rows().get(0).cell(SHIP_DATE), "1904 date system: " + date1904);
            assertEquals(SHIP, line.asOf());
            assertEquals(List.of(), line.problems());
        }
    }

    @ParameterizedTest(name = "date format {0}")
    @ValueSource(strings = {"yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy\"年\"m\"月\"d\"日\";@", "yyyy/m/d", "yyyy-mm-dd", "m/d/yy", "d.m.yyyy",
            "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", "yyyy\"年\"m\"月\""})
    void aDateCellWithACustomDateFormatIsItsDate(String format) throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("custom.xlsx",
                new Written[] {Written.number(8, null), Written.number(serial(SHIP, false), format)}), "PO-D");
        assertEquals(SHIP.toString(), result.order().rows().get(0).cell(SHIP_DATE));
        assertEquals(SHIP, result.input().lines().get(0).asOf());
    }

    @Test
    void aNumberThatIsNoDateCellStaysANumberAndIsHeldAsTextThatLooksLikeOne() throws Exception {
        int serial = (int) serial(SHIP, false);
        OrderWorkbooks.Result result = workbooks.evaluate(workbook("notdates.xlsx",
                new Written[] {Written.number(8, null), Written.text(String.valueOf(serial))},
                new Written[] {Written.number(8, null), Written.number(serial, null)},
                new Written[] {Written.number(8, null), Written.number(serial, "0")},
                new Written[] {Written.text("8000"), shipDate(), Written.text("0.10")}), "PO-T");
        for (int i = 0; i < 3; i++) {
            OrderLine line = result.input().lines().get(i);
            assertNull(line.asOf(), "line " + (i + 1));
            String problems = line.problems().toString();
            assertTrue(problems.contains("I" + (i + 2) + ": \"" + serial + "\" is not a date"), problems);
            assertEquals(Outcome.HOLD, result.decision().lines().get(i).outcome());
        }
        // text stays text: as typed, not read as a number and written back another way
        assertEquals("8000", result.order().rows().get(3).cell(QUANTITY));
        assertEquals("0.10", result.order().rows().get(3).cell(PRICE));
    }

    /** The annotated workbook gives every number cell back as that number, written while reading and after. */
    @ParameterizedTest(name = "written while reading: {0}")
    @ValueSource(booleans = {false, true})
    void theAnnotatedWorkbookGivesTheStoredNumbersBackAsNumbers(boolean whileReading) throws Exception {
        double[] quantities = {8000, 1234567, 1e21, 7};
        double[] prices = {30000, 3000000, 10000.0 / 3, 0.1};
        List<Written[]> lines = new ArrayList<>();
        for (int i = 0; i < quantities.length; i++) {
            lines.add(new Written[] {Written.number(quantities[i], i % 2 == 0 ? "#,##0," : "0.0E+0"), shipDate(),
                    Written.number(prices[i], i % 2 == 0 ? "[$¥-804]#,##0.00" : "#,##0,,")});
        }
        File file = workbook("annotated.xlsx", lines.toArray(Written[][]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (whileReading) {
            workbooks.evaluateAndWrite(file, "PO-A", out);
        } else {
            workbooks.writeReport(workbooks.evaluate(file, "PO-A"), out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("Order");
            for (int i = 0; i < quantities.length; i++) {
                Row row = s.getRow(i + 1);
                assertEquals(CellType.NUMERIC, row.getCell(QUANTITY).getCellType(), "row " + (i + 2));
                assertEquals(quantities[i], row.getCell(QUANTITY).getNumericCellValue(), "row " + (i + 2));
                assertEquals(CellType.NUMERIC, row.getCell(PRICE).getCellType(), "row " + (i + 2));
                assertEquals(Double.parseDouble(StoredNumbers.plain(prices[i])), row.getCell(PRICE).getNumericCellValue(), "row " + (i + 2));
                assertEquals(SHIP.toString(), row.getCell(SHIP_DATE).getStringCellValue(), "a date comes back as its ISO date, as before");
            }
        }
    }

    @Test
    void aNumberIsWrittenPlainToExcelsFifteenDigits() {
        assertEquals("8000", StoredNumbers.plain(8000));
        assertEquals("0.1", StoredNumbers.plain(0.1));
        assertEquals("0", StoredNumbers.plain(-0.0));
        assertEquals("-1", StoredNumbers.plain(-1));
        assertEquals("3333.33333333333", StoredNumbers.plain(10000.0 / 3));
        assertEquals("1000000000000000000000", StoredNumbers.plain(1e21));
        assertEquals("123456789012345", StoredNumbers.plain(123456789012345d));
        assertEquals("0.000001", StoredNumbers.plain(1e-6));
        for (double d : new double[] {8000, 0.1, 1e21, 10000.0 / 3, 1e-300, 1.7976931348623157e308, 4.9e-324}) {
            assertTrue(StoredNumbers.isPlain(StoredNumbers.plain(d)), "what the reader writes is a number to the writer: " + d);
        }
        for (String text : new String[] {"0.10", "00123", "1e3", "8,000", "-", ".", "1.2.3", "12345678901234567"}) {
            assertTrue(!StoredNumbers.isPlain(text), text);
        }
    }
}
