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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theShippedTableIsCompiledAtBuildTimeAndReviewsEveryLineAsTheTableCompiledAtRunTime() {
        ProcurementPolicy precompiled = ProcurementPolicy.bundled();
        assertTrue(precompiled.precompiled(), "the shipped table's rule base is the model compiled at build time");
        assertTrue(ProcurementPolicy.compile(precompiled.file()).precompiled(), "the shipped table put in use again is the same");
        ProcurementPolicy compiled = ProcurementPolicy.compileNow(precompiled.file(),
                com.chipcheck.rules.util.Resources.bytes(ProcurementPolicy.OUTCOME_RULES));
        assertFalse(compiled.precompiled());
        assertEquals(compiled.version(), precompiled.version());
        assertEquals(compiled.tables(), precompiled.tables());
        assertEquals(ruleNames(compiled), ruleNames(precompiled));

        // every table's boundaries: prices and values at, inside and outside each band and cap (written with other
        // scales too), new and old companies, every end-user type, outcome and ship-to of the tables, and others
        java.util.List<ProcurementLine> lines = new java.util.ArrayList<>();
        String[] parts = {"NVIDIA H100 SXM5 80GB", "NVIDIA H20 (HGX H20 96GB)", "NVIDIA GeForce RTX 4090", "AMD Instinct MI300X", "NVIDIA DGX H100", "Unknown part"};
        String[] prices = {null, "1199.99", "1200", "4000.00", "7999", "8000", "15000", "17999.999", "18000.00", "45000", "45000.01", "500001"};
        String[] shipTos = {"SG", "MY", "TH", "AE", "HK", "VN", "ID", "IN", "DE", "CN", null};
        String[] types = {null, "END_USER", "RESELLER", "DISTRIBUTOR", "FREIGHT_FORWARDER"};
        java.time.LocalDate[] dates = {java.time.LocalDate.of(2023, 6, 1), java.time.LocalDate.of(2024, 6, 1), java.time.LocalDate.of(2026, 9, 30)};
        String[] outcomes = {"NLR", "LICENSE_REQUIRED", "NAC", "HOLD", "PROHIBITED"};
        String[] values = {null, "249999.99", "250000", "250000.00", "999999", "1000000", "1E+6"};
        String[] tpp = {null, "7999999", "8000000", "8000000.0", "8000001"};
        int n = 0;
        for (String part : parts) {
            for (String price : prices) {
                for (String shipTo : shipTos) {
                    String type = types[n % types.length];
                    java.time.LocalDate asOf = dates[n % dates.length];
                    java.time.LocalDate incorporated = n % 3 == 0 ? null : asOf.minusDays(n % 3 == 1 ? 364 : 366);
                    String endUserCountry = n % 4 == 0 ? "US" : shipTo;
                    java.math.BigDecimal quantity = new java.math.BigDecimal(n % 5 == 0 ? "2" : "1.0");
                    java.math.BigDecimal capacity = n % 7 == 0 ? null : new java.math.BigDecimal(n % 2 == 0 ? "1" : "2.00");
                    lines.add(new ProcurementLine("L" + ++n, part, asOf, quantity, price == null ? null : new java.math.BigDecimal(price), "USD",
                            shipTo, endUserCountry, type, incorporated, capacity, n % 6 == 0, outcomes[n % outcomes.length],
                            decimal(values[n % values.length]), decimal(tpp[n % tpp.length])));
                }
            }
        }
        java.util.List<String> byModel = findings(precompiled, lines);
        assertTrue(byModel.size() > 500, "findings: " + byModel.size());
        assertEquals(findings(compiled, lines), byModel);
        assertEquals(all(compiled, lines), all(precompiled, lines), "all lines in one review");
    }

    private static java.util.List<String> all(ProcurementPolicy policy, java.util.List<ProcurementLine> lines) {
        return policy.review(lines).stream().map(f -> f.getLineId() + " " + f.getKind() + " " + f.getCode() + " " + f.getText()).sorted().toList();
    }

    private static java.math.BigDecimal decimal(String value) {
        return value == null ? null : new java.math.BigDecimal(value);
    }

    private static java.util.List<String> ruleNames(ProcurementPolicy policy) {
        java.util.List<String> names = new java.util.ArrayList<>();
        policy.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(p.getName() + " / " + r.getName() + " " + new java.util.TreeMap<>(r.getMetaData()))));
        java.util.Collections.sort(names);
        return names;
    }

    /** Every finding of every line, written out in full and sorted. */
    private static java.util.List<String> findings(ProcurementPolicy policy, java.util.List<ProcurementLine> lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ProcurementLine line : lines) {
            for (PolicyFinding f : policy.review(java.util.List.of(line))) {
                out.add(String.join(" | ", f.getLineId(), f.getKind(), f.getCode(), f.getText(), f.getCitation(),
                        String.valueOf(f.getSeverity()), f.getRule(), String.valueOf(f.getRuleId())));
            }
        }
        java.util.Collections.sort(out);
        return out;
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
