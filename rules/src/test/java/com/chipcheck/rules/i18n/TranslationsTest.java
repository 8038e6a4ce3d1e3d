package com.chipcheck.rules.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TranslationsTest {

    private static Translations of(String rows) {
        return Translations.parse(("key\ten\tzh\n" + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReasonIsShownInChineseByTheFirstTemplateOfItsRuleThatMatches() {
        Translations t = of("""
                reason:R-1\tLicence required: {eccn} to {country} for the {role}\t需要许可证：向{country}的{role}出口 {eccn}
                reason:R-1\tLicence required: {eccn}\t需要许可证：{eccn}
                term:end user\tend user\t最终用户
                """);
        assertEquals(Optional.of("需要许可证：向CN的最终用户出口 3A090.a"), t.chinese("R-1", "Licence required: 3A090.a to CN for the end user"));
        assertEquals(Optional.of("需要许可证：3A090.b"), t.chinese("R-1", "Licence required: 3A090.b"));
        assertEquals(Optional.empty(), t.chinese("R-1", "Something else"), "no template matches: no Chinese");
        assertEquals(Optional.empty(), t.chinese("R-2", "Licence required: 3A090.b"), "templates belong to their rule");
        assertEquals("Something else", t.reason("R-1", "Something else", Language.ZH), "never lost: shown as recorded");
        assertEquals("Licence required: 3A090.b", t.reason("R-1", "Licence required: 3A090.b", Language.EN));
    }

    @Test
    void aListTheRuleJoinedWithSemicolonsIsTranslatedItemByItemOrLeftWhole() {
        Translations t = of("""
                reason:R-1\tNo licence covers the line: {gaps}\t没有许可证涵盖本行：{gaps}
                item:R-1\tdoes not name the part "{part}"\t未列明部件“{part}”
                item:R-1\texpired on {date}\t已于 {date} 到期
                """);
        assertEquals(Optional.of("没有许可证涵盖本行：未列明部件“H100”；已于 2026-01-01 到期"),
                t.chinese("R-1", "No licence covers the line: does not name the part \"H100\"; expired on 2026-01-01"));
        assertEquals(Optional.of("没有许可证涵盖本行：已于 2026-01-01 到期"), t.chinese("R-1", "No licence covers the line: expired on 2026-01-01"));
        assertEquals(Optional.of("没有许可证涵盖本行：expired on 2026-01-01; something new"),
                t.chinese("R-1", "No licence covers the line: expired on 2026-01-01; something new"), "an unknown item leaves the list as written");
    }

    @Test
    void theShippedLicenceGapsReadInChinese() {
        String english = "No registered licence covers the line: the nearest, DB1234567, does not name the destination SG (it names CN); "
                + "has 2 units left of 10 (the line needs 8)";
        String chinese = Translations.bundled().chinese("750.7-LICENCE", english).orElseThrow();
        assertEquals(false, chinese.matches(".*[a-z]{4,}.*"), "no English words left: " + chinese);
    }

    @Test
    void aTemplateWhosePlacesDifferIsRefused() {
        assertThrows(IllegalStateException.class, () -> of("reason:R-1\tFor {eccn}\t对于 {country}\n"));
        assertThrows(IllegalStateException.class, () -> of("reason:R-1\tFor {eccn}\n"));
        assertThrows(IllegalStateException.class, () -> of("other:R-1\ta\tb\n"));
    }

    @Test
    void theShippedTranslationsReadTheRulesReasons() {
        Translations zh = Translations.bundled();
        assertEquals(Optional.of("需要许可证：向先进计算目的地 CN（D:1、D:4 或 D:5，且不属于 A:5/A:6）出口 3A090.a"),
                zh.chinese("742.6-AC-DEST-a", "Licence required: 3A090.a to CN, an advanced-computing destination (D:1, D:4 or D:5, not A:5/A:6)"));
        assertEquals(true, zh.hasStatement("740.8-ACA"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zh-CN|ZH", "zh|ZH", "zh-TW,zh;q=0.9|ZH", "en-US,en;q=0.9,zh-CN;q=0.8|EN",
            "fr-FR,zh-CN;q=0.5|ZH", "fr-FR|EN", "''|EN", "zh-CN;q=0,en|EN", "not a header;;;|EN"})
    void theLanguageAskedForIsTheFirstWeSpeak(String asked, Language expected) {
        assertEquals(expected, Language.of(asked));
    }
}
