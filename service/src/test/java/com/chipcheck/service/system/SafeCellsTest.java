package com.chipcheck.service.system;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeCellsTest {

    @Test
    void textThatLooksLikeAFormulaIsShownAsTypedNeverRun() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet().createRow(0);
            new SafeCells(wb).row(row, "=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "plain");
            for (int c = 0; c < 4; c++) {
                assertEquals(CellType.STRING, row.getCell(c).getCellType(), "column " + c);
                assertTrue(row.getCell(c).getCellStyle().getQuotePrefixed(), "column " + c + " quote-prefixed");
            }
            assertEquals("=HYPERLINK(\"http://evil\")", row.getCell(0).getStringCellValue());
            assertFalse(row.getCell(4).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void numbersStayNumbersNullsLeaveTheCellOutAndLongTextIsCut() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet().createRow(0);
            new SafeCells(wb).row(row, new BigDecimal("12.5"), 7, null, "x".repeat(40_000));
            assertEquals(12.5, row.getCell(0).getNumericCellValue());
            assertEquals(7, row.getCell(1).getNumericCellValue());
            assertEquals(null, row.getCell(2));
            assertEquals(SafeCells.MAX_TEXT + 1, row.getCell(3).getStringCellValue().length());
            assertTrue(row.getCell(3).getStringCellValue().endsWith("…"));
        }
    }
}
