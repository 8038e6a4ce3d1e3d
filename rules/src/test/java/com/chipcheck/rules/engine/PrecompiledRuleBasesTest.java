package com.chipcheck.rules.engine;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export rules run on the executable model compiled at build time, which holds the same rules, with the same
 * metadata, as the DRL compiled at run time (bench's PrecompiledRuleBaseTest compares their decisions line by line).
 */
class PrecompiledRuleBasesTest {

    @Test
    void theBundledRuleBaseIsTheExecutableModelCompiledAtBuildTime() {
        assertTrue(RuleSet.bundled().precompiled(), "the build puts the executable model beside the classes");
    }

    @Test
    void theModelHasTheRulesAndMetadataOfTheDrlAndTheSameVersion() {
        RuleSet precompiled = RuleSet.bundled();
        RuleSet drl = RuleSet.compiledFromDrl();
        assertFalse(drl.precompiled());
        assertEquals(drl.version(), precompiled.version(), "the version hashes the same files either way");
        assertEquals(rules(drl), rules(precompiled));
    }

    private static Map<String, Map<String, Object>> rules(RuleSet ruleSet) {
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        for (Rule r : ruleSet.rules()) {
            rules.put(r.getPackageName() + " / " + r.getName(), new TreeMap<>(r.getMetaData()));
        }
        assertTrue(rules.size() > 50, "rules: " + rules.size());
        return rules;
    }
}
