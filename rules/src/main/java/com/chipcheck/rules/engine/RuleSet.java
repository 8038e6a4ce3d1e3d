package com.chipcheck.rules.engine;

import com.chipcheck.rules.util.Resources;
import com.chipcheck.rules.util.Sha256;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compiled rule base and its version. The files listed in {@code ruleset.txt} (DRL and reference tables) are read
 * from the classpath, which works the same in a plain jar, a Spring Boot jar and the tests, and hashed: {@code version}
 * changes whenever a rule or a reference row does. The export rules among them are compiled at build time into an
 * executable model ({@link PrecompiledRuleBases}), used when it was built from these very files; otherwise they are
 * compiled from DRL here (the procurement policy's fixed rules are compiled with the policy table instead).
 */
public final class RuleSet {

    public static final String MANIFEST = "ruleset.txt";
    /** Rules under this folder are compiled with the procurement policy table (ProcurementPolicy), only hashed here. */
    static final String POLICY_RULES = "com/chipcheck/rules/procurement/";

    private final KieBase kieBase;
    private final String version;
    private final List<String> files;
    private final boolean precompiled;
    private final String loaded;

    private RuleSet(KieBase kieBase, String version, List<String> files, boolean precompiled, String loaded) {
        this.kieBase = kieBase;
        this.version = version;
        this.files = List.copyOf(files);
        this.precompiled = precompiled;
        this.loaded = loaded;
    }

    private static final CompiledOnce<RuleSet> BUNDLED = new CompiledOnce<>("rule-base", RuleSet::compileBundled);

    /**
     * The rule base shipped in the jar, loaded once per process (it never changes): the executable model compiled at
     * build time when the jar has one built from these very files, else the DRL compiled now.
     */
    public static RuleSet bundled() {
        return BUNDLED.get();
    }

    /** Starts compiling the shipped rule base on a thread of its own, so that start-up does the rest meanwhile. */
    public static void compileInBackground() {
        BUNDLED.inBackground();
    }

    private static RuleSet compileBundled() {
        return load(true);
    }

    /**
     * The same shipped files with the export rules compiled from DRL at run time, never the precompiled model: what
     * the precompiled rule base is compared with, decision by decision.
     */
    public static RuleSet compiledFromDrl() {
        return load(false);
    }

    private static RuleSet load(boolean precompiled) {
        long start = System.nanoTime();
        List<String> files = manifest();
        MessageDigest sha = Sha256.digest();
        for (String file : files) {
            sha.update(file.getBytes(StandardCharsets.UTF_8));
            sha.update(Resources.bytes(file));
        }
        String version = buildVersion() + "+rules." + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        Map<String, byte[]> drl = exportDrl(files);
        Optional<KieBase> built = precompiled ? PrecompiledRuleBases.exportRules(drl) : Optional.empty();
        KieBase kieBase = built.orElseGet(() -> compile(drl));
        String how = (built.isPresent() ? "executable model compiled at build time, loaded in " : "DRL compiled in ")
                + (System.nanoTime() - start) / 1_000_000 + " ms";
        return new RuleSet(kieBase, version, files, built.isPresent(), how);
    }

    /** The export rules' DRL files of the manifest (path and content, in its order): all but the policy's. */
    static Map<String, byte[]> exportDrl(List<String> files) {
        Map<String, byte[]> drl = new LinkedHashMap<>();
        for (String file : files) {
            if (file.endsWith(".drl") && !file.startsWith(POLICY_RULES)) {
                drl.put(file, Resources.bytes(file));
            }
        }
        return drl;
    }

    private static KieBase compile(Map<String, byte[]> drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        drl.forEach((file, content) -> kfs.write("src/main/resources/" + file, content));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rule base does not compile: "
                    + errors.stream().map(Message::toString).collect(Collectors.joining("; ")));
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        return container.getKieBase();
    }

    /**
     * Whether the export rules are the executable model compiled at build time ({@link PrecompiledRuleBases}) rather
     * than DRL compiled at run time; the version is the same either way, since it hashes the same files.
     */
    public boolean precompiled() {
        return precompiled;
    }

    /** How the rule base was loaded and how long it took, for the start-up log. */
    public String loaded() {
        return loaded;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Build version and content hash, e.g. {@code 0.1.0-SNAPSHOT+rules.3f2a9c0b1d4e5f60}. */
    public String version() {
        return version;
    }

    public List<String> files() {
        return files;
    }

    /** Every rule of the base with its metadata, for the rulebook and the scenario-coverage check. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    static List<String> manifest() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Resources.open(MANIFEST), StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String buildVersion() {
        String v = RuleSet.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
