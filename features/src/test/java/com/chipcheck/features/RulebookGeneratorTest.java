package com.chipcheck.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulebookGeneratorTest {

    private static final Path FEATURES = Path.of(System.getProperty("features.dir", "."));

    @Test
    void everyRuleComesWithItsCitationStatementAndSource() throws Exception {
        List<RulebookGenerator.Rule> rules = RulebookGenerator.rules();
        assertTrue(rules.size() >= 70, "rules: " + rules.size());
        RulebookGenerator.Rule el = rules.stream().filter(r -> r.id().equals("744.11-ENTITY-LIST")).findFirst().orElseThrow();
        assertTrue(el.citation().contains("744.11(a)"));
        assertTrue(el.statement().startsWith("If a party to the line is on the Entity List"));
        assertTrue(el.source().contains("ScreeningHitFact( certain == true, list == \"EL\" )"), el.source());
    }

    @Test
    void theRulebookIsWrittenInChineseTooWithCitationsAndRuleIdsAsTheyAre() throws Exception {
        List<RulebookGenerator.Rule> rules = RulebookGenerator.rules();
        String zh = RulebookGenerator.html(rules, List.of(), null, com.chipcheck.rules.i18n.Language.ZH);
        String en = RulebookGenerator.html(rules, List.of(), null, com.chipcheck.rules.i18n.Language.EN);
        assertTrue(zh.startsWith("<!doctype html><html lang=\"zh-CN\">"));
        assertTrue(zh.contains("ChipCheck 规则手册"));
        RulebookGenerator.Rule el = rules.stream().filter(r -> r.id().equals("744.11-ENTITY-LIST")).findFirst().orElseThrow();
        String chineseStatement = com.chipcheck.rules.i18n.Translations.bundled().statement(el.id(), el.statement(), com.chipcheck.rules.i18n.Language.ZH);
        assertTrue(!chineseStatement.equals(el.statement()) && zh.contains(chineseStatement), "the rule's statement in Chinese");
        assertTrue(zh.contains(el.citation().replace("&", "&amp;")), "the citation as written");
        assertTrue(zh.contains("id=\"744.11-ENTITY-LIST\""), "the rule id as it is");
        assertTrue(!en.contains(chineseStatement) && en.contains("lang=\"en\""));
    }

    @Test
    void aScenarioTakesItsStatusFromCucumbersReportAndAMissingReportSaysNotRun(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("cucumber.json");
        Files.writeString(json, """
                [{"uri":"classpath:features/screening/restricted-parties.feature","elements":[
                  {"type":"scenario","name":"a denied person may not take part, whatever the item",
                   "steps":[{"result":{"status":"passed"}},{"result":{"status":"failed"}}]}]}]""");
        List<RulebookGenerator.Scenario> scenarios = RulebookGenerator.scenarios(FEATURES, json);
        RulebookGenerator.Scenario denied = scenarios.stream()
                .filter(s -> s.name().equals("a denied person may not take part, whatever the item")).findFirst().orElseThrow();
        assertEquals("failed", denied.status());
        assertTrue(denied.tags().contains("@rule-736.2-DENIED-PERSON"), denied.tags().toString());
        RulebookGenerator.Scenario other = RulebookGenerator.scenarios(FEATURES, dir.resolve("absent.json")).get(0);
        assertEquals("not run in this build", other.status());
    }
}
