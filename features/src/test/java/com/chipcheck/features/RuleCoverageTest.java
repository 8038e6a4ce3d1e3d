package com.chipcheck.features;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build fails when a rule of the production rule base has no scenario tagged {@code @rule-<id>}, when a
 * tag names a rule that does not exist, or when a rule lacks its citation or plain-language statement. A tag is
 * not taken on trust: the step glue fails a scenario whose tagged rule did not fire on its line
 * ({@code LineSteps.everyTaggedRuleFired}, proven by {@code TagMustFireTest}).
 */
class RuleCoverageTest {

    private static final Pattern RULE_TAG = Pattern.compile("@rule-(\\S+)");

    @Test
    void everyRuleHasAScenarioAndEveryRuleTagNamesARule() throws IOException {
        Set<String> ruleIds = new TreeSet<>();
        for (Rule rule : allRules()) {
            ruleIds.add(rule.getMetaData().get("ruleId").toString());
        }
        // the licence step is Java over registered data, not DRL; it is specified and tagged like a rule
        ruleIds.add(com.chipcheck.rules.licence.LicenceCoverage.RULE);
        ruleIds.add(com.chipcheck.rules.licence.NacReview.RULE);
        ruleIds.add(com.chipcheck.rules.money.ExchangeRates.NO_RATE_RULE);
        Set<String> tagged = taggedRuleIds();

        Set<String> untested = new TreeSet<>(ruleIds);
        untested.removeAll(tagged);
        assertEquals(Set.of(), untested, "rules without a scenario tagged @rule-<id>");

        Set<String> stale = new TreeSet<>(tagged);
        stale.removeAll(ruleIds);
        assertEquals(Set.of(), stale, "scenario tags naming rules that do not exist");
    }

    /** The export rules, and the procurement policy's fixed rules (its tables are covered by PolicyCoverageTest). */
    static List<Rule> allRules() {
        List<Rule> rules = new ArrayList<>(RuleBase.engine().ruleSet().rules());
        rules.addAll(RuleBase.policy().fixedRules());
        return rules;
    }

    /** The build fails if a rule lacks its statement in Chinese, as it fails for a rule without a scenario. */
    @Test
    void everyRuleHasItsStatementInChinese() {
        com.chipcheck.rules.i18n.Translations zh = com.chipcheck.rules.i18n.Translations.bundled();
        Set<String> missing = new TreeSet<>();
        for (Rule rule : allRules()) {
            String id = rule.getMetaData().get("ruleId").toString();
            if (!zh.hasStatement(id)) {
                missing.add(id);
            }
        }
        for (String javaRule : List.of(com.chipcheck.rules.licence.LicenceCoverage.RULE, com.chipcheck.rules.licence.NacReview.RULE,
                com.chipcheck.rules.money.ExchangeRates.NO_RATE_RULE)) {
            if (!zh.hasStatement(javaRule)) {
                missing.add(javaRule);
            }
        }
        assertEquals(Set.of(), missing, "rules without a Chinese statement in i18n/reasons.tsv");
    }

    @Test
    void everyRuleCarriesItsIdCitationAndStatement() {
        for (Rule rule : allRules()) {
            for (String key : new String[] {"ruleId", "citation", "statement"}) {
                Object value = rule.getMetaData().get(key);
                assertTrue(value != null && !value.toString().isBlank(), "rule '" + rule.getName() + "' has no @" + key);
            }
        }
    }

    @Test
    void everyTaggedScenarioAlsoNamesItsParagraph() throws IOException {
        try (Stream<Path> files = featureFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                for (String line : Files.readAllLines(file)) {
                    if (line.trim().startsWith("@") && line.contains("@rule-")) {
                        assertTrue(line.contains("@cfr-"), file.getFileName() + ": tag line without a @cfr- paragraph tag: " + line.trim());
                    }
                }
            }
        }
    }

    private static Set<String> taggedRuleIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = featureFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = RULE_TAG.matcher(Files.readString(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    private static Stream<Path> featureFiles() throws IOException {
        Path root = Path.of(System.getProperty("features.dir", "."));
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".feature"))
                .filter(p -> !root.relativize(p).startsWith("target") && !root.relativize(p).startsWith("src"));
    }
}
