package com.chipcheck.rules.procurement;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcurementPolicyTest {

    /** The shipped table with one cell changed. */
    private static byte[] edited(Consumer<Sheet> edit) throws IOException {
        byte[] shipped = ProcurementPolicy.bundled().file();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(shipped)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Row rowStartingWith(Sheet s, String text) {
        for (Row r : s) {
            if (r.getCell(1) != null && r.getCell(1).toString().equals(text)) {
                return r;
            }
        }
        throw new IllegalStateException(text);
    }

    @Test
    void theShippedTableCompilesWithItsSevenTablesAndAContentVersion() {
        ProcurementPolicy policy = ProcurementPolicy.bundled();
        assertEquals(7, policy.tables().size(), policy.tables().toString());
        assertTrue(policy.version().matches("policy-[0-9a-f]{12}"), policy.version());
    }

    @Test
    void aBadCellIsRefusedNamingTheCell() throws IOException {
        byte[] badFlag = edited(s -> rowStartingWith(s, "H100 SXM5 band").getCell(5).setCellValue("MAYBE"));
        PolicyTableException e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(badFlag));
        assertTrue(e.getMessage().matches("F\\d+ \\(Flag \\(HOLD or ADVISORY\\)\\): \"MAYBE\" is neither HOLD nor ADVISORY"), e.getMessage());

        byte[] badBand = edited(s -> rowStartingWith(s, "H100 SXM5 band").getCell(4).setCellValue("45000, 18000"));
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(badBand));
        assertTrue(e.getMessage().contains("the minimum is above the maximum"), e.getMessage());

        byte[] badCountry = edited(s -> rowStartingWith(s, "Singapore: new companies").getCell(2).setCellValue("Singapore"));
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(badCountry));
        assertTrue(e.getMessage().startsWith("C") && e.getMessage().contains("not an ISO country code"), e.getMessage());

        byte[] badNumber = edited(s -> rowStartingWith(s, "Annual TPP cap per end user").getCell(2).setCellValue("8,000,000"));
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(badNumber));
        assertTrue(e.getMessage().contains("is not a number"), e.getMessage());

        assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile("not a workbook".getBytes()));
    }

    /** The shipped table with the first cell whose text is {@code from} replaced by {@code to}. */
    private static byte[] replaced(String from, String to) throws IOException {
        return edited(s -> {
            for (Row r : s) {
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    if (c.toString().equals(from)) {
                        c.setCellValue(to);
                        return;
                    }
                }
            }
            throw new IllegalStateException(from);
        });
    }

    @Test
    void theHeaderAndCodeRowsAreNotTheOfficersToEdit() throws IOException {
        // the probe of issue 20: code in front of an action ran at the next matching check
        String action = "insert(PolicyFinding.approval($l.getLineId(), drools.getRule(), \"$param\", drools.getRule().getName()));";
        byte[] code = replaced(action, "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/pwned\"), \"x\"); " + action);
        PolicyTableException e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(code));
        assertTrue(e.getMessage().matches("[A-Z]+\\d+ the header and code rows of a table are fixed.*"), e.getMessage());

        byte[] condition = replaced("shipTo == \"$param\"", "shipTo == \"$param\" || new java.lang.ProcessBuilder(\"id\").start() != null");
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(condition));
        assertTrue(e.getMessage().contains("must stay as shipped"), e.getMessage());

        byte[] imports = replaced("com.chipcheck.rules.procurement.ProcurementLine, com.chipcheck.rules.procurement.PolicyFinding",
                "com.chipcheck.rules.procurement.ProcurementLine, com.chipcheck.rules.procurement.PolicyFinding, java.lang.Runtime");
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(imports));
        assertTrue(e.getMessage().startsWith("C") && e.getMessage().contains("the Import setting must stay as shipped"), e.getMessage());

        byte[] functions = edited(s -> {
            Row r = s.createRow(s.getLastRowNum() + 3);
            r.createCell(1).setCellValue("Functions");
            r.createCell(2).setCellValue("function void boom() { System.exit(1); }");
        });
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(functions));
        assertTrue(e.getMessage().contains("\"Functions\" is neither a data row of a table nor a setting"), e.getMessage());
    }

    @Test
    void aDataCellCannotCarryCodeIntoTheSnippetItFills() throws IOException {
        // a data value is spliced into its column's snippet: "$param" in quotes, $paramB as a number
        byte[] quoted = replaced("compliance officer", "x\", drools.getRule()); System.exit(1); //");
        PolicyTableException e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(quoted));
        assertTrue(e.getMessage().contains("quotes, backslashes and $ are not values"), e.getMessage());

        byte[] number = replaced("8000000", "8000000B || true");
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(number));
        assertTrue(e.getMessage().contains("is not a number"), e.getMessage());

        byte[] exponent = replaced("8000000", "1e1000000");
        e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(exponent));
        assertTrue(e.getMessage().contains("is not a number"), e.getMessage());
    }

    @Test
    void theOfficersDataRowsAreKeptAndTheirOtherSheetsIgnored() throws IOException {
        byte[] more = edited(s -> {
            Row cap = rowStartingWith(s, "Annual TPP cap per end user");
            cap.getCell(2).setCellValue("9000000");
            s.getWorkbook().createSheet("Notes of the officer").createRow(0).createCell(0).setCellValue("Functions");
        });
        ProcurementPolicy policy = ProcurementPolicy.compile(more);
        assertEquals(7, policy.tables().size());
        // 8,500,000 TPP x units in a year: above the shipped cap of 8,000,000, below the officer's 9,000,000
        ProcurementLine line = new ProcurementLine("P0", "NVIDIA H100 SXM5 80GB", java.time.LocalDate.of(2026, 9, 30),
                java.math.BigDecimal.ONE, null, "USD", "DE", "DE", null, null, null, false, "NLR", null, new java.math.BigDecimal("8500000"));
        assertTrue(ProcurementPolicy.bundled().review(java.util.List.of(line)).stream().anyMatch(f -> f.getCode().equals("CUMULATIVE_TPP")));
        assertTrue(policy.review(java.util.List.of(line)).stream().noneMatch(f -> f.getCode().equals("CUMULATIVE_TPP")));
    }
}
