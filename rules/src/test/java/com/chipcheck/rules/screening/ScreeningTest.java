package com.chipcheck.rules.screening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningTest {

    private static final Path SAMPLES = Path.of("..", "samples", "lists");
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
    private static ScreeningList sample;

    @BeforeAll
    static void load() throws IOException {
        sample = CslReader.read(Files.readAllBytes(SAMPLES.resolve("csl-sample.json")), "csl-sample.json", Instant.EPOCH, "test", false);
    }

    private static ListEntry entry(String id, String source, String name, String... aliases) {
        return new ListEntry(id, source, name, List.of(aliases), Set.of("CN"), "", "", "For all items subject to the EAR.",
                "", "", "", "");
    }

    private static ScreeningList list(ListEntry... entries) {
        return new ScreeningList(new ListVersion("csl-test", "", "t", entries.length, Map.of(), Instant.EPOCH, "", false), List.of(entries));
    }

    @Test
    void namesLoseCaseAccentsPunctuationAndLegalFormsAndChineseSuffixes() {
        assertEquals(List.of("huawei", "technologies"), NameNormalizer.tokens("HUAWEI Technologies Co., Ltd."));
        assertEquals(List.of("societe", "generale"), NameNormalizer.tokens("Société Générale S.A."));
        assertEquals(List.of("北京", "智谱华章", "科技"), NameNormalizer.tokens("北京智谱华章科技有限公司"));
        assertEquals(List.of("al", "marwan", "electronics", "trading"), NameNormalizer.tokens("Al-Marwan Electronics Trading L.L.C."));
    }

    @Test
    void everyScoreExplainsItsTokensAndSubScores() {
        NameScore s = NameMatcher.score(NameNormalizer.tokens("Moore Threads Technology"), NameNormalizer.tokens("Moore Threads Technology Co., Ltd."));
        assertEquals(1.0, s.score(), 1e-9);
        assertTrue(s.explain().contains("threads~threads 1.00"), s.explain());
        assertTrue(s.explain().contains("forward 1.000"), s.explain());
    }

    @Test
    void genericWordsAloneNeverMakeAHitAndShortTokensMustBeEqual() {
        assertEquals(0.0, NameMatcher.score(NameNormalizer.tokens("China Electronics Technology Co"),
                NameNormalizer.tokens("China Electronics Technology Group Corporation")).score());
        assertEquals(1.0, NameMatcher.score(NameNormalizer.tokens("China Electronics Technology Group Corp."),
                NameNormalizer.tokens("China Electronics Technology Group Corporation")).score(), 1e-9);
        assertEquals(0.0, NameMatcher.token("iei", "ied"));
        assertEquals(1.0, NameMatcher.token("iei", "iei"));
    }

    @Test
    void transliterationSpacingAndChineseNamesAreFound() {
        Screener screener = new Screener(sample, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY);
        for (String name : List.of("Zhi Pu Hua Zhang", "北京智谱华章科技有限公司", "ZHIPU HUAZHANG TECHNOLOGY")) {
            PartyScreening s = screener.screen("END_USER", name, "CN");
            assertTrue(s.hits().stream().anyMatch(h -> h.entry().id().equals("s0024") && h.certainty() == Certainty.MATCH), name + ": " + s);
        }
    }

    @Test
    void aDifferentCountryLowersTheScoreAndSaysSo() {
        Screener screener = new Screener(sample, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY);
        ScreeningHit inChina = screener.screen("END_USER", "Sophgo Technologies", "CN").hits().get(0);
        ScreeningHit inGermany = screener.screen("END_USER", "Sophgo Technologies", "DE").hits().get(0);
        assertTrue(inGermany.score() < inChina.score());
        assertTrue(inGermany.explanation().contains("is not the entry's"), inGermany.explanation());
    }

    @Test
    void theJsonAndTheCsvOfTheSameListGiveTheSameEntries() throws IOException {
        ScreeningList csv = CslReader.read(Files.readAllBytes(SAMPLES.resolve("csl-sample.csv")), "csl-sample.csv", Instant.EPOCH, "test", false);
        assertEquals(sample.size(), csv.size());
        assertEquals(sample.countBySource(), csv.countBySource());
        for (int i = 0; i < sample.size(); i++) {
            ListEntry a = sample.entries().get(i);
            ListEntry b = csv.entries().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.altNames(), b.altNames());
            assertEquals(a.countries(), b.countries(), a.name());
            assertEquals(a.footnote(), b.footnote(), a.name());
        }
        assertEquals(4, sample.entries().stream().filter(e -> e.id().equals("s0022")).findFirst().orElseThrow().footnote());
        assertTrue(sample.version().id().startsWith("csl-") && sample.version().id().length() == 16);
    }

    @Test
    void aFileThatIsNoListIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CslReader.read("{\"foo\": 1}".getBytes(), "x.json", Instant.EPOCH, "t", false));
        assertTrue(e.getMessage().contains("results[]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CslReader.read("a,b\n1,2\n".getBytes(), "x.csv", Instant.EPOCH, "t", false));
        assertTrue(e.getMessage().contains("source and name"), e.getMessage());
    }

    @Test
    void aNewVersionThatLosesTooManyEntriesIsRefusedUnlessForcedAndTheOldOneKeepsServing() {
        ScreeningLists lists = new ScreeningLists(sample, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY, 0.10);
        List<ListEntry> half = sample.entries().subList(0, sample.size() / 2);
        ScreeningList shrunk = new ScreeningList(new ListVersion("csl-half", "", "half.json", half.size(), Map.of(), Instant.EPOCH, "t", false), half);
        ScreeningLists.LoadVerdict refused = lists.load(shrunk, false);
        assertFalse(refused.accepted());
        assertTrue(refused.verdict().contains("loses 103 of the 206"), refused.verdict());
        assertEquals(sample.version().id(), lists.current().list().version().id());
        ScreeningLists.LoadVerdict forced = lists.load(shrunk, true);
        assertTrue(forced.accepted());
        assertTrue(forced.verdict().startsWith("accepted by force"), forced.verdict());
        assertEquals("csl-half", lists.current().list().version().id());
    }

    @Test
    void aNewVersionWithoutAListTheOldOneHadIsRefused() {
        ScreeningLists lists = new ScreeningLists(list(entry("1", "Entity List", "Alpha Widgets"), entry("2", "Unverified List", "Beta Parts")),
                ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY, 0.9);
        ScreeningLists.LoadVerdict v = lists.load(list(entry("1", "Entity List", "Alpha Widgets")), false);
        assertFalse(v.accepted());
        assertTrue(v.verdict().contains("no entry of the Unverified List"), v.verdict());
    }

    @Test
    void aReviewedFalsePositiveSuppressesThatPairOnlyAndReopensWhenTheEntryChangesOrItExpires() {
        ListEntry zhipu = entry("EL-1", "Entity List", "Zhipu Huazhang Technology");
        ListEntry sophgo = entry("EL-2", "Entity List", "Sophgo Technologies");
        List<FalsePositive> recorded = new ArrayList<>();
        AtomicLong revision = new AtomicLong();
        FalsePositiveRegister register = new FalsePositiveRegister() {
            public List<FalsePositive> all() { return recorded; }
            public long revision() { return revision.get(); }
        };
        Screener screener = new Screener(list(zhipu, sophgo), ScreeningPolicy.DEFAULT, register, DAY);
        assertEquals(1, screener.screen("END_USER", "Zhipu Huazhang Technology Co", "CN").hits().size());

        FalsePositive recordedFp = new FalsePositive("FP-1", "Zhipu Huazhang Technology Co", "CN", "EL-1", zhipu.contentHash(),
                "different company: a Shenzhen restaurant chain", "j.doe", Instant.EPOCH, LocalDate.of(2026, 12, 31));
        recorded.add(recordedFp);
        revision.incrementAndGet();
        assertEquals(1, screener.screen("END_USER", "Zhipu Huazhang Technology Co", "CN").hits().size(), "not yet approved: no effect");
        recorded.set(0, recordedFp.approved("a.second", Instant.EPOCH));
        revision.incrementAndGet();
        PartyScreening after = screener.screen("END_USER", "Zhipu Huazhang Technology Co", "CN");
        assertTrue(after.hits().isEmpty());
        assertTrue(after.suppressed().get(0).contains("FP-1"), after.suppressed().toString());
        assertEquals(1, screener.screen("END_USER", "Sophgo Technologies", "CN").hits().size(), "other pairs are untouched");
        assertEquals(1, screener.screen("END_USER", "Zhipu Huazhang Technology Co", "HK").hits().size(), "another country is another party");

        ListEntry changed = new ListEntry("EL-1", "Entity List", "Zhipu Huazhang Technology", List.of("Zhipu AI"), Set.of("CN"), "", "",
                "For all items subject to the EAR.", "", "", "", "");
        Screener onNewList = new Screener(list(changed, sophgo), ScreeningPolicy.DEFAULT, register, DAY);
        assertEquals(1, onNewList.screen("END_USER", "Zhipu Huazhang Technology Co", "CN").hits().size(), "reopened: the entry changed");
        assertEquals("the list entry changed since the review", recorded.get(0).reopenedBecause(changed, LocalDate.now(DAY)));

        Screener later = new Screener(list(zhipu, sophgo), ScreeningPolicy.DEFAULT, register,
                Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals(1, later.screen("END_USER", "Zhipu Huazhang Technology Co", "CN").hits().size(), "reopened: the review expired");
        assertNull(recorded.get(0).reopenedBecause(zhipu, LocalDate.now(DAY)));
    }

    @Test
    void precisionAndRecallOnTheLabelledSetStayAtTheirDocumentedLevel() throws IOException {
        List<ScreeningEvaluation.Case> cases;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("screening-evaluation.csv"))) {
            cases = ScreeningEvaluation.cases(in);
        }
        ScreeningEvaluation.Result r = ScreeningEvaluation.evaluate(sample, ScreeningPolicy.DEFAULT, cases);
        assertTrue(cases.size() >= 80, "the evaluation set has " + cases.size() + " cases");
        assertTrue(r.precision() >= 0.98, "precision " + r.precision() + "; false alarms " + r.falseAlarms());
        assertTrue(r.recall() >= 0.98, "recall " + r.recall() + "; misses " + r.misses());
        assertEquals(1.0, r.recallWithReview(), "every listed party is at least held for review; misses " + r.misses());
    }
}
