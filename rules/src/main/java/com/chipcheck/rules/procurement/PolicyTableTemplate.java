package com.chipcheck.rules.procurement;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the shipped procurement policy, a Drools decision table, from the values below: run once by a developer
 * when the layout changes (`java -cp … PolicyTableTemplate rules/src/main/resources/com/chipcheck/rules/procurement/procurement-policy.xlsx`).
 * After that the spreadsheet is the source: compliance officers edit it and upload it (docs/procurement-policy.md).
 */
public final class PolicyTableTemplate {

    static final String CITATION_RED_FLAGS = "15 CFR 732 Supp. No. 3 (Know your customer red flags); BIS guidance on AI-chip diversion";

    /** One RuleTable: its name, columns (keyword, pattern, snippet, label), and rows. */
    record Table(String name, List<String[]> columns, List<String[]> rows) {
    }

    private PolicyTableTemplate() {
    }

    static List<Table> tables() {
        String flag = "insert(PolicyFinding.redFlag($l.getLineId(), drools.getRule(), \"%s\", \"$param\", \"" + CITATION_RED_FLAGS + "\", %s));";
        return List.of(
                new Table("Transshipment risk: destination and end-user type", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "shipTo == \"$param\"", "Destination (ISO)"},
                        new String[] {"CONDITION", "", "typeIn(\"$param\")", "End-user types (comma-separated)"},
                        new String[] {"ACTION", "", String.format(flag, "TRANSSHIPMENT_RISK",
                                "\"Diversion risk: \" + $l.getShipTo() + \" is a destination commonly used for diversion of advanced chips, and the end user is a \" + $l.getEndUserType().toLowerCase().replace('_', ' ')"),
                                "Flag (HOLD or ADVISORY)"}),
                        List.<String[]>of(new String[] {"Singapore: resellers and forwarders", "SG", "RESELLER, FREIGHT_FORWARDER, DISTRIBUTOR", "HOLD"},
                                new String[] {"Malaysia: resellers and forwarders", "MY", "RESELLER, FREIGHT_FORWARDER, DISTRIBUTOR", "HOLD"},
                                new String[] {"Thailand: resellers and forwarders", "TH", "RESELLER, FREIGHT_FORWARDER, DISTRIBUTOR", "HOLD"},
                                new String[] {"UAE: resellers and forwarders", "AE", "RESELLER, FREIGHT_FORWARDER, DISTRIBUTOR", "HOLD"},
                                new String[] {"Hong Kong: resellers and forwarders", "HK", "RESELLER, FREIGHT_FORWARDER, DISTRIBUTOR", "HOLD"},
                                new String[] {"Vietnam: forwarders", "VN", "FREIGHT_FORWARDER", "HOLD"},
                                new String[] {"Indonesia: forwarders", "ID", "FREIGHT_FORWARDER", "ADVISORY"},
                                new String[] {"India: forwarders", "IN", "FREIGHT_FORWARDER", "ADVISORY"})),
                new Table("Transshipment risk: destination and a newly created end user", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "shipTo == \"$param\"", "Destination (ISO)"},
                        new String[] {"CONDITION", "", "companyAgeDays != null && companyAgeDays < $param", "Incorporated less than (days) before the ship date"},
                        new String[] {"ACTION", "", String.format(flag, "NEW_COMPANY",
                                "\"Diversion risk: the end user was incorporated on \" + $l.getEndUserIncorporated() + \", \" + $l.getCompanyAgeDays() + \" days before the ship date, and ships to \" + $l.getShipTo()"),
                                "Flag (HOLD or ADVISORY)"}),
                        List.<String[]>of(new String[] {"Singapore: new companies", "SG", "365", "HOLD"},
                                new String[] {"Malaysia: new companies", "MY", "365", "HOLD"},
                                new String[] {"Thailand: new companies", "TH", "365", "HOLD"},
                                new String[] {"UAE: new companies", "AE", "365", "HOLD"},
                                new String[] {"Hong Kong: new companies", "HK", "365", "HOLD"})),
                new Table("Price anomaly: unit price outside the market band of the part", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "partIs(\"$param\")", "Part number"},
                        new String[] {"CONDITION", "", "dated(\"$1\", \"$2\")", "Valid from, to (YYYY-MM-DD, either may be empty)"},
                        new String[] {"CONDITION", "", "unitPriceUsd != null && (unitPriceUsd < $1B || unitPriceUsd > $2B)", "Band min, max (USD)"},
                        new String[] {"ACTION", "", String.format(flag, "PRICE_ANOMALY",
                                "\"Price anomaly: a unit price of USD \" + $l.getUnitPriceUsd().toPlainString() + \" is outside the reference band for \" + $l.getPartNumber()"),
                                "Flag (HOLD or ADVISORY)"}),
                        List.<String[]>of(new String[] {"H100 SXM5 band", "NVIDIA H100 SXM5 80GB", "2025-01-01, ", "18000, 45000", "HOLD"},
                                new String[] {"H100 PCIe band", "NVIDIA H100 PCIe 80GB", "2025-01-01, ", "15000, 40000", "HOLD"},
                                new String[] {"H200 band", "NVIDIA H200 SXM 141GB", "2025-01-01, ", "22000, 50000", "HOLD"},
                                new String[] {"B200 band", "NVIDIA B200 (HGX B200 180GB)", "2025-01-01, ", "28000, 60000", "HOLD"},
                                new String[] {"H20 band", "NVIDIA H20 (HGX H20 96GB)", "2025-01-01, ", "8000, 20000", "HOLD"},
                                new String[] {"A800 band", "NVIDIA A800 SXM4 80GB", "2024-01-01, ", "7000, 25000", "HOLD"},
                                new String[] {"MI300X band", "AMD Instinct MI300X", "2025-01-01, ", "10000, 30000", "HOLD"},
                                new String[] {"RTX 4090 band", "NVIDIA GeForce RTX 4090", "2024-01-01, ", "1200, 4000", "ADVISORY"},
                                new String[] {"DGX H100 band", "NVIDIA DGX H100", "2025-01-01, ", "200000, 500000", "HOLD"})),
                new Table("Quantity anomaly: total processing performance shipped to one end user in a year", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "tppShippedInYear != null && tppShippedInYear > $paramB", "Cap (TPP x units in the 365 days to the ship date)"},
                        new String[] {"ACTION", "", String.format(flag, "CUMULATIVE_TPP",
                                "\"Quantity anomaly: with this line \" + $l.getTppShippedInYear().toPlainString() + \" TPP x units go to this end user within a year, above the cap\""),
                                "Flag (HOLD or ADVISORY)"}),
                        List.<String[]>of(new String[] {"Annual TPP cap per end user", "8000000", "HOLD"})),
                new Table("Quantity anomaly: beyond the end user's declared capacity", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "declaredCapacity != null && quantity > declaredCapacity.multiply($paramB)", "More than (factor) x the declared capacity"},
                        new String[] {"ACTION", "", String.format(flag, "ABOVE_DECLARED_CAPACITY",
                                "\"Quantity anomaly: \" + $l.getQuantity().toPlainString() + \" units is more than the end user's declared capacity of \" + $l.getDeclaredCapacity().toPlainString()"),
                                "Flag (HOLD or ADVISORY)"}),
                        List.<String[]>of(new String[] {"Declared capacity", "1", "HOLD"})),
                new Table("Party data: end user located elsewhere than the ship-to, and no intermediate consignee", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "endUserCountry != null && shipTo != null && endUserCountry != shipTo && intermediateConsignee == false && \"$param\" != \"\"", "Applies (x)"},
                        new String[] {"ACTION", "", String.format(flag, "PARTY_DATA",
                                "\"Inconsistent party data: the end user is in \" + $l.getEndUserCountry() + \" but the goods ship to \" + $l.getShipTo() + \", and no intermediate consignee is named\""),
                                "Flag (HOLD or ADVISORY)"}),
                        List.<String[]>of(new String[] {"End user elsewhere without an intermediate consignee", "x", "HOLD"})),
                new Table("Approval tiers", List.<String[]>of(
                        new String[] {"NAME", "", "", "Rule"},
                        new String[] {"CONDITION", "$l : ProcurementLine", "outcome == \"$param\"", "Outcome (empty: any)"},
                        new String[] {"CONDITION", "", "orderValueUsd != null && orderValueUsd >= $paramB", "Order value at least (USD; empty: any)"},
                        new String[] {"ACTION", "", "insert(PolicyFinding.approval($l.getLineId(), drools.getRule(), \"$param\", drools.getRule().getName()));",
                                "Approval needed by"}),
                        List.<String[]>of(new String[] {"Licence required: compliance approval", "LICENSE_REQUIRED", "", "compliance officer"},
                                new String[] {"NAC: compliance approval", "NAC", "", "compliance officer"},
                                new String[] {"Held lines: compliance approval", "HOLD", "", "compliance officer"},
                                new String[] {"Orders of USD 250,000 or more", "", "250000", "procurement manager"},
                                new String[] {"Orders of USD 1,000,000 or more", "", "1000000", "procurement director"})));
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(out)) {
            write(wb);
            wb.write(o);
        }
        System.out.println("written " + out);
    }

    private static final String RULE_SET = "com.chipcheck.rules.procurement.policy";
    private static final String IMPORT = "com.chipcheck.rules.procurement.ProcurementLine, com.chipcheck.rules.procurement.PolicyFinding";

    /** The shipped value of a settings row (RuleSet, Import). */
    static String setting(String name) {
        return switch (name) {
            case "RuleSet" -> RULE_SET;
            case "Import" -> IMPORT;
            default -> "";
        };
    }

    static void write(XSSFWorkbook wb) {
        write(wb, tables());
    }

    /** The tables as a workbook the decision-table compiler reads: the shipped header and code rows, these rows. */
    static byte[] workbook(List<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            write(wb, tables);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void write(XSSFWorkbook wb, List<Table> tables) {
        Sheet s = wb.createSheet("Policy");
        CellStyle bold = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        bold.setFont(f);
        int r = 1;
        r = pair(s, r, "RuleSet", RULE_SET);
        r = pair(s, r, "Import", IMPORT);
        r = pair(s, r, "Notes", "Procurement policy of the company, kept by compliance officers. Each table below is one kind of rule; "
                + "each row is one rule. Change values in the rows, add or delete rows; keep the four header rows of every table "
                + "as they are. Layout: docs/procurement-policy.md.");
        for (Table t : tables) {
            r++;
            Row title = s.createRow(r++);
            title.createCell(1).setCellValue("RuleTable " + t.name());
            title.getCell(1).setCellStyle(bold);
            Row keywords = s.createRow(r++);
            Row patterns = s.createRow(r++);
            Row snippets = s.createRow(r++);
            Row labels = s.createRow(r++);
            int firstCondition = -1;
            int lastCondition = -1;
            for (int c = 0; c < t.columns().size(); c++) {
                String[] col = t.columns().get(c);
                keywords.createCell(1 + c).setCellValue(col[0]);
                patterns.createCell(1 + c).setCellValue(col[1]);
                snippets.createCell(1 + c).setCellValue(col[2]);
                labels.createCell(1 + c).setCellValue(col[3]);
                labels.getCell(1 + c).setCellStyle(bold);
                if (col[0].equals("CONDITION")) {
                    firstCondition = firstCondition < 0 ? 1 + c : firstCondition;
                    lastCondition = 1 + c;
                }
            }
            if (lastCondition > firstCondition) { // conditions on one pattern share its cell
                s.addMergedRegion(new CellRangeAddress(patterns.getRowNum(), patterns.getRowNum(), firstCondition, lastCondition));
            }
            for (String[] values : t.rows()) {
                Row row = s.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(1 + c).setCellValue(values[c]);
                    }
                }
            }
        }
        for (int c = 1; c <= 6; c++) {
            s.setColumnWidth(c, 40 * 256);
        }
    }

    private static int pair(Sheet s, int r, String key, String value) {
        Row row = s.createRow(r);
        row.createCell(1).setCellValue(key);
        row.createCell(2).setCellValue(value);
        return r + 1;
    }
}
