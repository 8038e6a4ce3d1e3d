package com.chipcheck.rules.procurement;

import com.chipcheck.rules.engine.PrecompiledRuleBases;
import com.chipcheck.rules.util.Sha256;
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
import java.util.ArrayList;
import java.util.List;
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
    /** Where the DRL made of a table is compiled from (its package is the table's RuleSet). */
    public static final String TABLE_RULES = "com/chipcheck/rules/procurement/policy/policy.drl";

    private final KieBase kieBase;
    private final String version;
    private final byte[] file;
    private final List<String> tables;
    private final boolean precompiled;

    private ProcurementPolicy(KieBase kieBase, String version, byte[] file, List<String> tables, boolean precompiled) {
        this.kieBase = kieBase;
        this.version = version;
        this.file = file.clone();
        this.tables = List.copyOf(tables);
        this.precompiled = precompiled;
    }

    private static final com.chipcheck.rules.engine.CompiledOnce<ProcurementPolicy> BUNDLED =
            new com.chipcheck.rules.engine.CompiledOnce<>("policy-table", ProcurementPolicy::compileBundled);

    /** The policy table shipped in the jar, loaded once per process (compiled at build time, see {@link #compile}). */
    public static ProcurementPolicy bundled() {
        return BUNDLED.get();
    }

    /** Starts compiling the shipped policy table on a thread of its own, so that start-up does the rest meanwhile. */
    public static void compileInBackground() {
        BUNDLED.inBackground();
    }

    private static ProcurementPolicy compileBundled() {
        try (InputStream in = ProcurementPolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return compile(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Checks and compiles a policy table; {@link PolicyTableException} names the first bad cell. Only the data rows
     * of the upload reach the compiler, inside the shipped header and code rows ({@link PolicyTableReader}). The
     * shipped table itself (the same file, byte for byte) was checked and compiled at build time: its rule base is
     * loaded instead ({@link PrecompiledRuleBases}).
     */
    public static ProcurementPolicy compile(byte[] xlsx) {
        byte[] outcomeRules = com.chipcheck.rules.util.Resources.bytes(OUTCOME_RULES);
        return PrecompiledRuleBases.shippedPolicy(xlsx, outcomeRules)
                .map(kieBase -> new ProcurementPolicy(kieBase, version(xlsx), xlsx, PrecompiledRuleBases.shippedPolicyTables(), true))
                .orElseGet(() -> compileNow(xlsx, outcomeRules));
    }

    /** Checks and compiles a policy table at run time, whichever it is. */
    static ProcurementPolicy compileNow(byte[] xlsx, byte[] outcomeRules) {
        Sources sources = sources(xlsx);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/" + TABLE_RULES, sources.drl());
        kfs.write("src/main/resources/" + OUTCOME_RULES, outcomeRules);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new PolicyTableException("the table's rules do not compile: "
                    + errors.stream().map(Message::getText).limit(3).collect(Collectors.joining("; ")));
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return new ProcurementPolicy(container.getKieBase(), version(xlsx), xlsx, sources.tables(), false);
    }

    private static String version(byte[] xlsx) {
        return "policy-" + Sha256.hex(xlsx).substring(0, 12);
    }

    /** A policy table read and checked: its tables' names, and the DRL the decision-table compiler makes of it. */
    public record Sources(List<String> tables, String drl) {
    }

    /** Reads and checks a policy table and turns it into DRL; {@link PolicyTableException} names the first bad cell. */
    public static Sources sources(byte[] xlsx) {
        List<PolicyTableTemplate.Table> read = PolicyTableReader.read(xlsx);
        List<String> tables = read.stream().map(PolicyTableTemplate.Table::name).toList();
        try {
            return new Sources(tables, new SpreadsheetCompiler().compile(new ByteArrayInputStream(PolicyTableTemplate.workbook(read)), InputType.XLS));
        } catch (RuntimeException e) {
            throw new PolicyTableException("the table cannot be read as a decision table: " + e.getMessage());
        }
    }

    /** Whether this is the shipped table's rule base compiled at build time, rather than compiled at run time. */
    public boolean precompiled() {
        return precompiled;
    }

    KieBase kieBase() {
        return kieBase;
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
}
