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
import java.util.List;
import java.util.stream.Collectors;

/**
 * The compiled rule base and its version. The files listed in {@code ruleset.txt} (DRL and reference tables)
 * are compiled from the classpath (the procurement policy's fixed rules are compiled with the policy table instead), which works the same in a plain jar, a Spring Boot jar and the tests, and
 * hashed: {@code version} changes whenever a rule or a reference row does.
 */
public final class RuleSet {

    public static final String MANIFEST = "ruleset.txt";
    /** Rules under this folder are compiled with the procurement policy table (ProcurementPolicy), only hashed here. */
    static final String POLICY_RULES = "com/chipcheck/rules/procurement/";

    private final KieBase kieBase;
    private final String version;
    private final List<String> files;

    private RuleSet(KieBase kieBase, String version, List<String> files) {
        this.kieBase = kieBase;
        this.version = version;
        this.files = List.copyOf(files);
    }

    private static final CompiledOnce<RuleSet> BUNDLED = new CompiledOnce<>("rule-base", RuleSet::compileBundled);

    /** The rule base shipped in the jar, compiled once per process (it never changes). */
    public static RuleSet bundled() {
        return BUNDLED.get();
    }

    /** Starts compiling the shipped rule base on a thread of its own, so that start-up does the rest meanwhile. */
    public static void compileInBackground() {
        BUNDLED.inBackground();
    }

    private static RuleSet compileBundled() {
        List<String> files = manifest();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        MessageDigest sha = Sha256.digest();
        for (String file : files) {
            byte[] content = Resources.bytes(file);
            sha.update(file.getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            if (file.endsWith(".drl") && !file.startsWith(POLICY_RULES)) {
                kfs.write("src/main/resources/" + file, content);
            }
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rule base does not compile: "
                    + errors.stream().map(Message::toString).collect(Collectors.joining("; ")));
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        return new RuleSet(container.getKieBase(), buildVersion() + "+rules." + hash, files);
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

    private static List<String> manifest() {
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
