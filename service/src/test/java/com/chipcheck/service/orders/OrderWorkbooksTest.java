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
        String row5 = result.decision().lines().get(3).reasons().toString();
        assertTrue(row5.contains("B5: the part number is empty"), row5);
        assertTrue(row5.contains("C5: \"-1\" is not a positive whole number"), row5);
        assertTrue(row5.contains("I5: \"30.09.2026\" is not a date"), row5);
    }

    @Test
    void theAnnotatedWorkbookKeepsTheOrderAndAddsTheVerdicts() throws Exception {
        OrderWorkbooks.Result result = workbooks.evaluate(order(), "PO-X");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.writeReport(result, out);
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

    @Test
    void theUsersOtherSheetsComeBackInTheirPlaceAndTheSummaryNeverOverwritesOne() throws Exception {
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
            wb.write(out);
        }
        OrderWorkbooks.Result result = workbooks.evaluate(f, "PO-S");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.writeReport(result, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("Notes", "order", "Summary", "Summary 2"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals("approved by J. Doe", wb.getSheet("Notes").getRow(2).getCell(1).getStringCellValue());
            assertEquals("the buyer's own summary", wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue());
            assertEquals("NLR", wb.getSheet("order").getRow(1).getCell(9 + 3).getStringCellValue());
            assertEquals("NLR", wb.getSheet("Summary 2").getRow(1).getCell(1).getStringCellValue());
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
