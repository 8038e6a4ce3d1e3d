package com.chipcheck.features;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every table (row type) of the shipped procurement policy is specified by a scenario tagged @policy-<table>, with
 * the paragraph it serves (@cfr-…, or @cfr-none-company-policy for the company's own approval rules).
 */
class PolicyCoverageTest {

    private static final Pattern POLICY_TAG = Pattern.compile("@policy-(\\S+)");
    /** Behaviour of the review itself rather than a table of the policy. */
    private static final Set<String> NOT_TABLES = Set.of("alternatives");

    static String slug(String table) {
        return table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @Test
    void everyPolicyTableHasAScenarioAndEveryPolicyTagNamesATable() throws IOException {
        Set<String> tags = new HashSet<>();
        Path dir = Path.of(System.getProperty("features.dir", "."));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature") && !p.toString().contains("target")
                    && !dir.relativize(p).startsWith("src")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    Matcher m = POLICY_TAG.matcher(line);
                    while (m.find()) {
                        tags.add(m.group(1));
                        assertTrue(line.contains("@cfr-"), f.getFileName() + ": tag line without a @cfr- paragraph tag "
                                + "(@cfr-none-company-policy for the company's own rules): " + line.trim());
                    }
                }
            }
        }
        List<String> tables = RuleBase.policy().tables().stream().map(PolicyCoverageTest::slug).toList();
        List<String> untested = tables.stream().filter(t -> !tags.contains(t)).toList();
        assertEquals(List.of(), untested, "policy tables without a scenario tagged @policy-<table>");
        List<String> unknown = tags.stream().filter(t -> !tables.contains(t) && !NOT_TABLES.contains(t)).toList();
        assertEquals(List.of(), unknown, "@policy- tags that name no table of the policy");
        assertTrue(tables.size() >= 7, "tables: " + tables);
    }
}
