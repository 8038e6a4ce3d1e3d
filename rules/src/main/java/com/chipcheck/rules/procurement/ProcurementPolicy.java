package com.chipcheck.rules.procurement;

import com.chipcheck.rules.util.Sha256;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company's procurement policy: a Drools decision table (.xlsx) kept by compliance officers, checked cell by
 * cell and compiled into a rule base of its own, separate from the export rules. A table that fails a check is
 * refused with a message naming the cell; the policy in use stays. Its version is the SHA-256 of the file.
 */
public final class ProcurementPolicy {

    public static final String RESOURCE = "com/chipcheck/rules/procurement/procurement-policy.xlsx";
    /** The policy's fixed rules, compiled with every table: what its flags do to an outcome. Part of the rule set. */
    public static final String OUTCOME_RULES = "com/chipcheck/rules/procurement/policy-outcome.drl";
    private static final Set<String> FLAGS = Set.of("HOLD", "ADVISORY");
    private static final Set<String> OUTCOMES = Set.of("NLR", "ACA", "NAC", "LICENSE_REQUIRED", "HOLD", "PROHIBITED");

    private final KieBase kieBase;
    private final String version;
    private final byte[] file;
    private final List<String> tables;

    private ProcurementPolicy(KieBase kieBase, String version, byte[] file, List<String> tables) {
        this.kieBase = kieBase;
        this.version = version;
        this.file = file.clone();
        this.tables = List.copyOf(tables);
    }

    public static ProcurementPolicy bundled() {
        try (InputStream in = ProcurementPolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return compile(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Checks and compiles a policy table; {@link PolicyTableException} names the first bad cell. */
    public static ProcurementPolicy compile(byte[] xlsx) {
        List<String> tables = check(xlsx);
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(xlsx), InputType.XLS);
        } catch (RuntimeException e) {
            throw new PolicyTableException("the table cannot be read as a decision table: " + e.getMessage());
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/com/chipcheck/rules/procurement/policy/policy.drl", drl);
        kfs.write("src/main/resources/" + OUTCOME_RULES, com.chipcheck.rules.util.Resources.bytes(OUTCOME_RULES));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new PolicyTableException("the table's rules do not compile: "
                    + errors.stream().map(Message::getText).limit(3).collect(Collectors.joining("; ")));
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return new ProcurementPolicy(container.getKieBase(), "policy-" + Sha256.hex(xlsx).substring(0, 12), xlsx, tables);
    }

    public String version() {
        return version;
    }

    public byte[] file() {
        return file.clone();
    }

    /** The policy's fixed rules (those with a {@code @ruleId}), for the rulebook and the scenario-coverage check. */
    public List<org.kie.api.definition.rule.Rule> fixedRules() {
        List<org.kie.api.definition.rule.Rule> rules = new ArrayList<>();
        for (org.kie.api.definition.KiePackage p : kieBase.getKiePackages()) {
            p.getRules().stream().filter(r -> r.getMetaData().containsKey("ruleId")).forEach(rules::add);
        }
        return rules;
    }

    /** The names of the policy's tables (its row types). */
    public List<String> tables() {
        return tables;
    }

    /** Runs the policy over the lines of one order; returns what its rules concluded. */
    public List<PolicyFinding> review(List<ProcurementLine> lines) {
        KieSession session = kieBase.newKieSession();
        try {
            lines.forEach(session::insert);
            session.fireAllRules();
            List<PolicyFinding> out = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof PolicyFinding f) {
                    out.add(f);
                }
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    /**
     * Checks every data row of every table by its column's label: "(ISO)" a country code, "Flag" HOLD or ADVISORY,
     * "Outcome" an outcome, "YYYY-MM-DD" dates, "USD", "TPP", "days", "factor" numbers. Returns the table names.
     */
    static List<String> check(byte[] xlsx) {
        List<String> tables = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String first = row == null ? "" : text.formatCellValue(row.getCell(1)).trim();
                if (!first.startsWith("RuleTable")) {
                    continue;
                }
                tables.add(first.substring("RuleTable".length()).trim());
                Row labels = sheet.getRow(r + 4);
                if (labels == null) {
                    throw new PolicyTableException(new CellReference(r + 4, 1).formatAsString() + ": the table \"" + first + "\" lacks its header rows");
                }
                int rr = r + 5;
                for (; rr <= sheet.getLastRowNum(); rr++) {
                    Row data = sheet.getRow(rr);
                    if (data == null || text.formatCellValue(data.getCell(1)).isBlank() && text.formatCellValue(data.getCell(2)).isBlank()) {
                        break;
                    }
                    for (int c = 2; c < labels.getLastCellNum(); c++) {
                        String label = text.formatCellValue(labels.getCell(c));
                        Cell cell = data.getCell(c);
                        String value = cell == null ? "" : text.formatCellValue(cell).trim();
                        String problem = problem(label, value);
                        if (problem != null) {
                            throw new PolicyTableException(new CellReference(rr, c).formatAsString() + " (" + label + "): " + problem);
                        }
                    }
                }
                r = rr;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PolicyTableException p) {
                throw p;
            }
            throw new PolicyTableException("the file is not a readable .xlsx workbook: " + e.getClass().getSimpleName());
        }
        if (tables.isEmpty()) {
            throw new PolicyTableException("the workbook has no RuleTable");
        }
        return tables;
    }

    private static String problem(String label, String value) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("flag")) {
            return FLAGS.contains(value) ? null : "\"" + value + "\" is neither HOLD nor ADVISORY";
        }
        if (value.isEmpty()) {
            return l.contains("empty") || l.contains("(x)") || l.startsWith("part") ? null : "is empty";
        }
        if (l.contains("(iso)")) {
            return value.matches("[A-Z]{2}") ? null : "\"" + value + "\" is not an ISO country code (two capital letters)";
        }
        if (l.startsWith("outcome")) {
            return OUTCOMES.contains(value) ? null : "\"" + value + "\" is not an outcome (" + String.join(", ", OUTCOMES) + ")";
        }
        if (l.contains("yyyy-mm-dd")) {
            for (String d : value.split(",", -1)) {
                if (!d.isBlank()) {
                    try {
                        LocalDate.parse(d.trim());
                    } catch (DateTimeParseException e) {
                        return "\"" + d.trim() + "\" is not a date (YYYY-MM-DD)";
                    }
                }
            }
            return value.contains(",") ? null : "give two dates separated by a comma (either may be empty)";
        }
        if (l.contains("usd") || l.contains("tpp") || l.contains("days") || l.contains("factor")) {
            String[] parts = l.contains("min, max") ? value.split(",") : new String[] {value};
            if (l.contains("min, max") && parts.length != 2) {
                return "give the minimum and the maximum separated by a comma";
            }
            for (String p : parts) {
                try {
                    if (new BigDecimal(p.trim()).signum() < 0) {
                        return "\"" + p.trim() + "\" is negative";
                    }
                } catch (NumberFormatException e) {
                    return "\"" + p.trim() + "\" is not a number (no thousands separators)";
                }
            }
            if (l.contains("min, max") && new BigDecimal(parts[0].trim()).compareTo(new BigDecimal(parts[1].trim())) > 0) {
                return "the minimum is above the maximum";
            }
        }
        return null;
    }
}
