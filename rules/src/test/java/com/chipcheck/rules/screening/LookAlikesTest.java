package com.chipcheck.rules.screening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20, item 1: an Entity List name with Latin letters swapped for Cyrillic or Greek look-alikes must still hit. */
class LookAlikesTest {

    private static Screener screener;

    @BeforeAll
    static void load() throws IOException {
        ScreeningList sample = CslReader.read(Files.readAllBytes(Path.of("..", "samples", "lists", "csl-sample.json")),
                "csl-sample.json", Instant.EPOCH, "test", false);
        screener = new Screener(sample, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE,
                Clock.fixed(Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void lookAlikeLettersAreReadAsTheLatinLettersTheyImitate() {
        assertEquals(List.of("huawei", "technologies"), NameNormalizer.tokens("Huаwei Technologies")); // Cyrillic а
        assertEquals(List.of("moore", "threads"), NameNormalizer.tokens("Mοοre Threads"));             // Greek ο
        assertEquals(List.of("sophgo"), NameNormalizer.tokens("Sорhgо"));                              // Cyrillic о, р
        assertEquals(List.of("huawei"), NameNormalizer.tokens("НUАWЕI"));                              // Cyrillic Н, А, Е
    }

    @Test
    void aWordOfAnotherScriptThatIsNotMadeOfLookAlikesIsLeftAsItIs() {
        LookAlikes.Folded cyrillic = LookAlikes.fold("Лукашенко");
        assertEquals("Лукашенко", cyrillic.text());
        assertNull(cyrillic.warning());
        assertNull(LookAlikes.fold("Société Générale").warning(), "accents are Latin");
        assertNull(LookAlikes.fold("华为技术有限公司").warning());
        assertNull(LookAlikes.fold("Huawei 华为").warning(), "two words of two scripts is not a disguise");
    }

    @Test
    void theNameIsFlaggedWithWhatWasFound() {
        String warning = LookAlikes.fold("Huаwei Technologies").warning();
        assertNotNull(warning);
        assertTrue(warning.contains("\"Huаwei\" mixes Cyrillic and Latin letters (read as \"Huawei\")"), warning);
        assertTrue(LookAlikes.fold("СОМ").warning().contains("Cyrillic letters that look like Latin ones"));
    }

    @Test
    void entityListNamesInLookAlikeLettersStillHit() {
        for (String disguised : List.of("Huаwei Technologies Co., Ltd.", "Mοοre Threads Technology", "HUАWЕI TЕСHNOLOGIЕS")) {
            PartyScreening s = screener.screen("END_USER", disguised, "CN");
            assertTrue(s.hits().stream().anyMatch(h -> h.certainty() == Certainty.MATCH), disguised + ": " + s.hits());
            assertNotNull(s.lookAlikes(), disguised);
        }
        assertNull(screener.screen("END_USER", "Huawei Technologies Co., Ltd.", "CN").lookAlikes());
    }

    @Test
    void smallCapitalsTraditionalCharactersAndSpacedChineseNamesStillHit() {
        // found by the second review of issue 12: each cleared a line to an Entity List party
        for (String disguised : List.of("ʜuawei Technologies Co., Ltd.", "ʜᴜᴀᴡᴇɪ Technologies", "華為技術有限公司", "华 为技术有限公司",
                "华\u200B为技术有限公司")) {
            PartyScreening s = screener.screen("END_USER", disguised, "CN");
            assertTrue(s.hits().stream().anyMatch(h -> h.certainty() == Certainty.MATCH), disguised + ": " + s.hits());
        }
        assertNotNull(screener.screen("END_USER", "ʜuawei Technologies", "CN").lookAlikes(), "unusual Latin letters are flagged");
        assertNull(LookAlikes.fold("Société Générale").warning(), "accents are ordinary spelling");
    }
}
