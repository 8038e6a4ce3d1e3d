package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ExportControlEngine;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderWorkbooksTest {

    private static OrderWorkbooks workbooks;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        workbooks = new OrderWorkbooks(ExportControlEngine.bundled(), Clock.systemUTC(), 10_000);
    }

    /** Header in a shuffled order, odd case, an extra column, a date cell, a bad country and a formula-like text. */
    private File order() throws Exception {
        File f = dir.resolve("order.xlsx").toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(f)) {
            Sheet s = wb.createSheet("Order");
            String[] header = {"line", "PART NUMBER", "Quantity", "Destination", "End User", "End User Country",
                    "End User HQ Country", "Ultimate Parent Country", "Ship Date", "Buyer Notes"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("m/d/yy"));
            Object[][] rows = {
                    {"1", "NVIDIA H100 SXM5 80GB", 8, "China", "Acme", "CN", "CN", "CN", LocalDate.of(2026, 9, 30), "keep me"},
                    {"2", "NVIDIA GeForce RTX 4090", 4, "VN", "=HYPERLINK(\"http://x\")", "VN", "VN", "VN", "2026-09-30", ""},
                    {"3", "NVIDIA H20 (HGX H20 96GB)", 2, "Chna", "B", "CN", "CN", "CN", "2026-09-30", ""},
                    {"4", "", -1, "DE", "C", "DE", "DE", "DE", "30.09.2026", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void everyRowGetsAVerdictAndUnreadableCellsAreNamed() throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(order(), "PO-X");
        List<Outcome> outcomes = result.decision().lines().stream().map(l -> l.outcome()).toList();
        assertEquals(List.of(Outcome.LICENSE_REQUIRED, Outcome.ACA, Outcome.HOLD, Outcome.HOLD), outcomes);
        assertEquals(LocalDate.of(2026, 9, 30), result.decision().lines().get(0).asOf(), "an Excel date cell is read as a date");
        String row4 = result.decision().lines().get(2).reasons().toString();
        assertTrue(row4.contains("D4: \"Chna\" is not a country"), row4);
        assertTrue(!row4.contains("is required"), "the unreadable cell is named once, not again as a missing field: " + row4);
        String row5 = result.decision().lines().get(3).reasons().toString();
        assertTrue(row5.contains("B5: the part number is empty"), row5);
        assertTrue(row5.contains("C5: \"-1\" is not a positive whole number"), row5);
        assertTrue(row5.contains("I5: \"30.09.2026\" is not a date"), row5);
    }

    /** The annotated workbook, written after reading (false) or while reading (true, as uploads and batch do). */
    private static byte[] annotate(File file, String orderId, boolean whileReading) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (whileReading) {
            workbooks.evaluateAndWrite(file, orderId, out);
        } else {
            workbooks.writeReport(workbooks.evaluate(file, orderId), out);
        }
        return out.toByteArray();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "written while reading: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theAnnotatedWorkbookKeepsTheOrderAndAddsTheVerdicts(boolean whileReading) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(annotate(order(), "PO-X", whileReading));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("Order");
            Row header = s.getRow(0);
            assertEquals("Buyer Notes", header.getCell(9).getStringCellValue());
            for (int i = 0; i < AnnotatedWorkbookWriter.ADDED.size(); i++) {
                assertEquals(AnnotatedWorkbookWriter.ADDED.get(i), header.getCell(10 + i).getStringCellValue());
            }
            assertEquals("keep me", s.getRow(1).getCell(9).getStringCellValue());
            assertEquals("3A090.a", s.getRow(1).getCell(10).getStringCellValue());
            assertEquals(15832.0, s.getRow(1).getCell(11).getNumericCellValue());
            assertEquals("LICENSE_REQUIRED", s.getRow(1).getCell(13).getStringCellValue());
            assertTrue(s.getRow(1).getCell(16).getStringCellValue().contains("742.6(a)(6)(iii)(A)"));
            assertTrue(s.getRow(1).getCell(17).getStringCellValue().startsWith("end user \"Acme\": no hit\nlist version "),
                    s.getRow(1).getCell(17).getStringCellValue());
            assertEquals("=HYPERLINK(\"http://x\")", s.getRow(2).getCell(4).getStringCellValue());
            assertTrue(s.getRow(2).getCell(4).getCellStyle().getQuotePrefixed(), "formula-like text is quote-prefixed");
            assertEquals("HOLD", s.getRow(3).getCell(13).getStringCellValue());
            assertTrue(s.getPaneInformation().isFreezePane());
            Sheet summary = wb.getSheet("Summary");
            assertEquals("HOLD", summary.getRow(1).getCell(1).getStringCellValue(), "order outcome: its most restrictive line");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "written while reading: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theUsersOtherSheetsComeBackInTheirPlaceAndTheSummaryNeverOverwritesOne(boolean whileReading) throws Exception {
        File f = dir.resolve("sheets.xlsx").toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(f)) {
            wb.createSheet("Notes").createRow(2).createCell(1).setCellValue("approved by J. Doe");
            Sheet order = wb.createSheet("order");
            String[] header = {"Line", "Part Number", "Quantity", "Destination", "End User", "End User Country",
                    "End User HQ Country", "Ultimate Parent Country", "Ship Date"};
            Row h = order.createRow(0);
            Row line = order.createRow(1);
            Object[] values = {"1", "NVIDIA H100 SXM5 80GB", "8", "DE", "Frankfurt AI Cloud GmbH", "DE", "DE", "DE", "2026-09-30"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                line.createCell(i).setCellValue((String) values[i]);
            }
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("the buyer's own summary");
            wb.createSheet("Lists").createRow(0).createCell(0).setCellValue("DE");
            wb.setSheetHidden(wb.getSheetIndex("Lists"), true);
            wb.write(out);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(annotate(f, "PO-S", whileReading));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("Notes", "order", "Summary", "Lists", "Summary 2"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)));
            assertTrue(wb.isSheetHidden(3), "a hidden sheet stays hidden");
            assertTrue(!wb.isSheetHidden(1) && !wb.isSheetHidden(4));
            assertEquals("approved by J. Doe", wb.getSheet("Notes").getRow(2).getCell(1).getStringCellValue());
            assertEquals("the buyer's own summary", wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue());
            assertEquals("NLR", wb.getSheet("order").getRow(1).getCell(9 + 3).getStringCellValue());
            assertEquals("NLR", wb.getSheet("Summary 2").getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aLargeOrderWrittenWhileReadingIsCellForCellTheOrderWrittenAfterReading() throws Exception {
        File f = dir.resolve("large.xlsx").toFile();
        String[] parts = {"NVIDIA H100 SXM5 80GB", "NVIDIA H20 (HGX H20 96GB)", "NVIDIA GeForce RTX 4090", "AMD Instinct MI300X"};
        String[] countries = {"CN", "DE", "SG", "VN", "Chna", "AE"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(f)) {
            Sheet s = wb.createSheet("Order");
            s.createRow(0).createCell(0).setCellValue("Purchase order 4711"); // a title above the header
            String[] header = {"Line", "Part Number", "Quantity", "Destination", "End User", "End User Country",
                    "End User HQ Country", "Ultimate Parent Country", "Ship Date"};
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < 4_500; r++) { // more than two decision chunks, and a blank row in between
                if (r == 3_000) {
                    continue;
                }
                Row row = s.createRow(r + 3);
                String c = countries[r % countries.length];
                Object[] v = {String.valueOf(r + 1), parts[r % parts.length], String.valueOf(1 + r % 7), c, "Customer " + (r % 50), c, c, c,
                        r % 11 == 0 ? "2023-11-16" : "2026-09-30"};
                for (int i = 0; i < v.length; i++) {
                    row.createCell(i).setCellValue((String) v[i]);
                }
            }
            wb.write(out);
        }
        try (XSSFWorkbook after = new XSSFWorkbook(new ByteArrayInputStream(annotate(f, "PO-L", false)));
             XSSFWorkbook during = new XSSFWorkbook(new ByteArrayInputStream(annotate(f, "PO-L", true)))) {
            Sheet a = after.getSheet("Order");
            Sheet d = during.getSheet("Order");
            assertEquals(a.getLastRowNum(), d.getLastRowNum());
            org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
            int lines = 0;
            for (int r = 0; r <= a.getLastRowNum(); r++) {
                Row ra = a.getRow(r);
                Row rd = d.getRow(r);
                assertEquals(ra == null, rd == null, "row " + (r + 1));
                if (ra == null) {
                    continue;
                }
                assertEquals(ra.getLastCellNum(), rd.getLastCellNum(), "row " + (r + 1));
                for (int c = 0; c < ra.getLastCellNum(); c++) {
                    assertEquals(text.formatCellValue(ra.getCell(c)), text.formatCellValue(rd.getCell(c)), "row " + (r + 1) + " column " + c);
                }
                lines += ra.getCell(12) != null && !text.formatCellValue(ra.getCell(12)).equals("Outcome") ? 1 : 0;
            }
            assertEquals(4_499, lines);
            assertEquals("HOLD", text.formatCellValue(d.getRow(7).getCell(12)), "line 5 (\"Chna\") is held");
            assertTrue(d.getPaneInformation().isFreezePane());
            assertEquals(text.formatCellValue(after.getSheet("Summary").getRow(1).getCell(1)),
                    text.formatCellValue(during.getSheet("Summary").getRow(1).getCell(1)));
        }
    }

    @Test
    void theProcurementPolicyFillsTheRedFlagApprovalAndAlternativeColumns() throws Exception {
        ExportControlEngine bundled = ExportControlEngine.bundled();
        OrderWorkbooks withPolicy = new OrderWorkbooks(bundled.toBuilder()
                .policies(new com.chipcheck.rules.procurement.ProcurementPolicies(com.chipcheck.rules.procurement.ProcurementPolicy.bundled()))
                .build(), Clock.systemUTC(), 10_000);
        File f = dir.resolve("priced.xlsx").toFile();
        String[] header = {"Line", "Part Number", "Quantity", "Destination", "End User", "End User Country", "End User HQ Country",
                "Ultimate Parent Country", "Ship Date", "Unit Price", "Currency", "End User Type"};
        String[][] rows = {
                {"1", "NVIDIA H100 SXM5 80GB", "8", "DE", "Frankfurt AI Cloud GmbH", "DE", "DE", "DE", "2026-09-30", "9000", "USD", "End User"},
                {"2", "NVIDIA H100 SXM5 80GB", "8", "CN", "Beijing Cloud Co", "CN", "CN", "CN", "2026-09-30", "40000", "USD", ""},
                {"3", "NVIDIA H100 SXM5 80GB", "8", "SG", "Lion City Resale Pte Ltd", "SG", "SG", "SG", "2026-09-30", "30000", "Dollars", "Smuggler"}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(f)) {
            Sheet s = wb.createSheet("Order");
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        withPolicy.evaluateAndWrite(f, "PO-P", out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("Order");
            java.util.Map<String, Integer> col = new java.util.HashMap<>();
            s.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            assertEquals("HOLD", s.getRow(1).getCell(col.get("Outcome")).getStringCellValue());
            assertTrue(s.getRow(1).getCell(col.get("Red Flags")).getStringCellValue().startsWith("HOLD PRICE_ANOMALY: Price anomaly"));
            assertEquals("compliance officer, procurement manager", s.getRow(2).getCell(col.get("Approval Needed")).getStringCellValue());
            assertTrue(s.getRow(2).getCell(col.get("Alternatives")).getStringCellValue().contains("NVIDIA H20 (HGX H20 96GB) (NLR, 0.15 x TPP)"));
            String reasons3 = s.getRow(3).getCell(col.get("Reasons")).getStringCellValue();
            assertTrue(reasons3.contains("K4: \"Dollars\" is not an ISO 4217 currency code"), reasons3);
            assertTrue(reasons3.contains("L4: \"Smuggler\" is not one of End User, Reseller, Distributor, Freight Forwarder"), reasons3);
        }
    }

    @Test
    void textIsEscapedExactlyAsPoiEscapesIt() throws Exception {
        String text = "a<b>&\"c\"\n\r\t\u00a0\u0001\u001f\ufffe\uffff end 中文 \ud83d\ude00 \ud800 =SUM(A1)";
        java.io.StringWriter poi = new java.io.StringWriter();
        java.lang.reflect.Method escape = org.apache.poi.xssf.streaming.SheetDataWriter.class
                .getDeclaredMethod("outputEscapedString", String.class);
        escape.setAccessible(true);
        try (org.apache.poi.xssf.streaming.SheetDataWriter writer = new org.apache.poi.xssf.streaming.SheetDataWriter(poi)) {
            escape.invoke(writer, text);
        }
        java.io.StringWriter ours = new java.io.StringWriter();
        FastEscapeSheetDataWriter.escapeTo(text, ours);
        assertEquals(poi.toString(), ours.toString());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() throws Exception {
        File f = dir.resolve("fake.xlsx").toFile();
        Files.writeString(f.toPath(), "this is not a zip");
        OrderFileException e = assertThrows(OrderFileException.class, () -> workbooks.evaluate(f, "x"));
        assertTrue(e.getMessage().contains("not an .xlsx workbook"), e.getMessage());
    }

    @Test
    void anOldXlsOrEncryptedWorkbookIsRefusedByName() throws Exception {
        File f = dir.resolve("old.xls").toFile();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             FileOutputStream out = new FileOutputStream(f)) {
            wb.createSheet("Order");
            wb.write(out);
        }
        OrderFileException e = assertThrows(OrderFileException.class, () -> workbooks.evaluate(f, "x"));
        assertTrue(e.getMessage().contains("old-format .xls or an encrypted"), e.getMessage());
    }

    @Test
    void aSheetWithoutTheRequiredColumnsIsRefusedNamingThem() throws Exception {
        File f = dir.resolve("cols.xlsx").toFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(f)) {
            Row h = wb.createSheet("Sheet1").createRow(0);
            h.createCell(0).setCellValue("Part Number");
            h.createCell(1).setCellValue("Destination");
            wb.write(out);
        }
        OrderFileException e = assertThrows(OrderFileException.class, () -> workbooks.evaluate(f, "x"));
        assertTrue(e.getMessage().contains("Quantity") && e.getMessage().contains("Ship Date"), e.getMessage());
    }
}
