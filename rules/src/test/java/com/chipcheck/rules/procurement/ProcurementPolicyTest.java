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

    @Test
    void aBrokenRuleSnippetIsRefusedWithTheCompilerMessage() throws IOException {
        byte[] broken = edited(s -> {
            for (Row r : s) {
                if (r.getCell(2) != null && r.getCell(2).toString().equals("shipTo == \"$param\"")) {
                    r.getCell(2).setCellValue("shipTo === \"$param\"");
                    return;
                }
            }
        });
        PolicyTableException e = assertThrows(PolicyTableException.class, () -> ProcurementPolicy.compile(broken));
        assertTrue(e.getMessage().startsWith("the table's rules do not compile"), e.getMessage());
    }
}
