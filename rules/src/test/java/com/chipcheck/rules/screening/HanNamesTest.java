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
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names written in Chinese characters: cut into place, core and descriptors, and compared by their cores. */
class HanNamesTest {

    private static final Clock DAY = Clock.fixed(Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
    private static ScreeningList sample;

    @BeforeAll
    static void load() throws IOException {
        sample = CslReader.read(Files.readAllBytes(Path.of("..", "samples", "lists", "csl-sample.json")), "csl-sample.json",
                Instant.EPOCH, "test", false);
    }

    private static ListEntry el(String id, String name, String... aliases) {
        return new ListEntry(id, "Entity List (EL) - Bureau of Industry and Security", name, List.of(aliases), Set.of("CN"), "", "",
                "For all items subject to the EAR.", "", "", "", "");
    }

    private static Screener screener(ListEntry... entries) {
        return new Screener(new ScreeningList(new ListVersion("csl-han", "", "t", entries.length, Map.of(), Instant.EPOCH, "", false),
                List.of(entries)), ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY);
    }

    /** The entries as the list gives them: the English name, and the Chinese registered name and short name. */
    private static final ListEntry[] FULL = {
            el("HIK", "Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision", "杭州海康威视数字技术股份有限公司", "海康威视"),
            el("PHY", "Tianjin Phytium Information Technology Co., Ltd.", "Phytium", "天津飞腾信息技术有限公司", "飞腾"),
            el("BIR", "Biren Technology", "Shanghai Biren Intelligent Technology Co., Ltd.", "上海壁仞智能科技有限公司", "壁仞"),
            el("HYG", "Chengdu Haiguang Integrated Circuit Design Co., Ltd.", "Hygon", "成都海光集成电路设计有限公司", "海光"),
            el("SUG", "Sugon Information Industry Co., Ltd.", "Sugon", "曙光信息产业股份有限公司", "中科曙光", "曙光"),
            el("SEN", "Shanghai SenseTime Intelligent Technology Co., Ltd.", "SenseTime", "上海商汤智能科技有限公司", "商汤"),
            el("CAM", "Cambricon Technologies Corporation Limited", "Cambricon", "中科寒武纪科技股份有限公司", "寒武纪"),
            el("NUDT", "National University of Defense Technology", "NUDT", "国防科技大学")};

    /** The same entries with only the short Chinese name: the registered name must be found by its core. */
    private static final ListEntry[] SHORT = {
            el("HIK", "Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision", "海康威视"),
            el("PHY", "Tianjin Phytium Information Technology Co., Ltd.", "Phytium", "飞腾"),
            el("BIR", "Biren Technology", "Shanghai Biren Intelligent Technology Co., Ltd.", "壁仞"),
            el("HYG", "Chengdu Haiguang Integrated Circuit Design Co., Ltd.", "Hygon", "海光"),
            el("SUG", "Sugon Information Industry Co., Ltd.", "Sugon", "中科曙光"),
            el("SEN", "Shanghai SenseTime Intelligent Technology Co., Ltd.", "SenseTime", "商汤"),
            el("CAM", "Cambricon Technologies Corporation Limited", "Cambricon", "中科寒武纪科技股份有限公司"),
            el("NUDT", "National University of Defense Technology", "NUDT", "国防科技大学")};

    private static Certainty certainty(Screener s, String party, String entry) {
        return s.screen("END_USER", party, "CN").hits().stream().filter(h -> h.entry().id().equals(entry))
                .map(ScreeningHit::certainty).findFirst().orElse(null);
    }

    @Test
    void aChineseNameIsCutIntoPlaceCoreAndDescriptorsWithoutItsLegalForm() {
        assertEquals(List.of("杭州", "海康威视", "数字", "技术"), NameNormalizer.tokens("杭州海康威视数字技术股份有限公司"));
        assertEquals(List.of("杭州", "海康威视", "数字", "技术"), NameNormalizer.tokens("杭州海康威視數字技術股份有限公司"), "traditional");
        assertEquals(List.of("天津", "飞腾", "信息", "技术"), NameNormalizer.tokens("天津飞腾信息技术有限公司"));
        assertEquals(List.of("成都", "海光", "集成电路", "设计"), NameNormalizer.tokens("成都海光集成电路设计有限公司"));
        assertEquals(List.of("曙光", "信息", "产业"), NameNormalizer.tokens("曙光信息产业股份有限公司"));
        assertEquals(List.of("中科", "寒武纪", "科技"), NameNormalizer.tokens("中科寒武纪科技股份有限公司"));
        assertEquals(List.of("浙江", "杭州", "西湖", "科技"), NameNormalizer.tokens("浙江省杭州市西湖科技有限公司"), "province and city");
        assertEquals(List.of("海思", "半导体"), NameNormalizer.tokens("昆山市海思半导体有限公司").subList(1, 3));
        assertEquals(List.of("海思", "半导体"), NameNormalizer.tokens("海淀区海思半导体有限公司"), "an area the list does not know is dropped");
        assertEquals(List.of("华为", "技术", "北京"), NameNormalizer.tokens("华为技术有限公司北京分公司"), "legal forms wherever they stand");
        assertEquals(List.of("摩尔线程", "智能", "科技", "北京"), NameNormalizer.tokens("摩尔线程智能科技（北京）有限责任公司"));
        assertEquals(List.of("国防", "科技", "大学"), NameNormalizer.tokens("国防科大"), "科大 is 科技大学");
        assertEquals(List.of("北京", "大学"), NameNormalizer.tokens("北京大学"), "nothing is cut below two characters");
        assertEquals(List.of("科技"), NameNormalizer.tokens("科技有限公司"));
        assertEquals(List.of(), NameNormalizer.tokens("有限公司"));
        assertEquals(List.of("海康威视"), NameNormalizer.tokens("海康威视株式会社"), "a Japanese legal form");
        assertTrue(NameNormalizer.generic("杭州") && NameNormalizer.generic("科技") && !NameNormalizer.generic("海康威视"));
        assertEquals(0.1, NameNormalizer.weight("上海"));
        assertEquals(0.5, NameNormalizer.weight("集成电路"));
    }

    @Test
    void theReviewersExamplesAreFoundWhereTheListGivesTheChineseNames() {
        Screener s = screener(FULL);
        Map<String, String> cases = Map.ofEntries(Map.entry("杭州海康威视数字技术股份有限公司", "HIK"), Map.entry("天津飞腾信息技术有限公司", "PHY"),
                Map.entry("上海壁仞智能科技有限公司", "BIR"), Map.entry("成都海光集成电路设计有限公司", "HYG"),
                Map.entry("曙光信息产业股份有限公司", "SUG"), Map.entry("上海商汤智能科技有限公司", "SEN"), Map.entry("寒武纪", "CAM"),
                Map.entry("曙光", "SUG"), Map.entry("国防科大", "NUDT"), Map.entry("中科寒武纪", "CAM"), Map.entry("海康威视", "HIK"),
                Map.entry("杭州海康威視數字技術股份有限公司", "HIK"), Map.entry("浙江省杭州市海康威视数字技术有限公司", "HIK"));
        cases.forEach((party, entry) -> assertEquals(Certainty.MATCH, certainty(s, party, entry), party + ": " + s.screen("END_USER", party, "CN")));
    }

    @Test
    void whereTheListGivesOnlyTheShortNameACoreOfThreeCharactersOrMoreIsAHitAndOneOfTwoIsHeld() {
        Screener s = screener(SHORT);
        for (String party : List.of("杭州海康威视数字技术股份有限公司", "杭州海康威視數字技術股份有限公司", "寒武纪", "中科寒武纪", "国防科大")) {
            PartyScreening r = s.screen("END_USER", party, "CN");
            assertTrue(r.hits().stream().anyMatch(h -> h.certainty() == Certainty.MATCH), party + ": " + r);
        }
        // two characters (飞腾, 壁仞, 海光, 曙光, 商汤) are a trade name only within a place and a line of business
        Map<String, String> held = Map.of("上海壁仞智能科技有限公司", "BIR", "成都海光集成电路设计有限公司", "HYG",
                "曙光信息产业股份有限公司", "SUG", "上海商汤智能科技有限公司", "SEN", "曙光", "SUG", "天津飞腾信息技术有限公司", "PHY");
        held.forEach((party, entry) -> assertEquals(Certainty.POSSIBLE, certainty(s, party, entry), party + ": " + s.screen("END_USER", party, "CN")));
        // … unless the names differ only by a place one of them leaves out
        assertEquals(Certainty.MATCH, certainty(screener(el("PHY", "Phytium", "飞腾信息技术有限公司")), "天津飞腾信息技术有限公司", "PHY"));
    }

    @Test
    void namesSharingCharactersWithAnEntryAreNotHits() {
        for (ListEntry[] list : List.of(FULL, SHORT)) {
            Screener s = screener(list);
            for (String party : List.of("杭州西湖科技有限公司", "上海光明食品有限公司", "北京大学", "珠海光电科技有限公司",
                    "上海海康食品有限公司", "北京理工大学", "中国电子科技集团公司", "光明曙光", "杭州海康机器人技术有限公司")) {
                PartyScreening r = s.screen("END_USER", party, "CN");
                assertTrue(r.hits().isEmpty(), party + ": " + r);
            }
            // another company that bears a listed two-character name, or starts with it, is held for a person, never a hit
            for (String party : List.of("北京曙光科技有限公司", "深圳海光电子有限公司", "曙光街道办事处", "辽宁曙光汽车集团股份有限公司")) {
                PartyScreening r = s.screen("END_USER", party, "CN");
                assertTrue(r.hits().stream().noneMatch(h -> h.certainty() == Certainty.MATCH), party + ": " + r);
            }
        }
    }

    @Test
    void aCoreStartingWithAListedTwoCharacterCoreIsHeldAsAnAffiliateMayBe() {
        Screener s = new Screener(sample, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY);
        // Huawei Device (华为终端) is listed in English only; its Chinese name starts with 华为 (华为技术有限公司)
        PartyScreening r = s.screen("END_USER", "华为终端有限公司", "CN");
        assertEquals(Certainty.POSSIBLE, certainty(s, "华为终端有限公司", "s0001"), r.toString());
        assertTrue(r.hits().stream().noneMatch(h -> h.certainty() == Certainty.MATCH), r.toString());
        assertEquals(0.9, NameMatcher.token("华为终端", "华为"));
        assertEquals(0.0, NameMatcher.token("上海光明", "海光"), "two characters within, not at the start");
        assertEquals(0.9, NameMatcher.token("中科寒武纪", "寒武纪"), "three characters anywhere");
    }

    @Test
    void theSampleListFindsTheChineseNamesOfItsEntries() {
        Screener s = new Screener(sample, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, DAY);
        Map<String, String> cases = Map.of("杭州海康威视数字技术股份有限公司", "s0031", "天津飞腾信息技术有限公司", "s0011",
                "寒武纪", "s0026", "国防科大", "s0021", "中芯国际", "s0005", "深圳市海思半导体有限公司", "s0004");
        cases.forEach((party, entry) -> assertEquals(Certainty.MATCH, certainty(s, party, entry), party + ": " + s.screen("END_USER", party, "CN")));
        ScreeningHit hik = s.screen("END_USER", "杭州海康威视数字技术股份有限公司", "CN").hits().get(0);
        assertTrue(hik.explanation().contains("the same Chinese core [海康威视]"), hik.explanation());
        ScreeningHit shuguang = s.screen("END_USER", "北京曙光科技有限公司", "CN").hits().get(0);
        assertEquals(Certainty.POSSIBLE, shuguang.certainty());
        assertTrue(shuguang.explanation().contains("a Chinese core of two characters"), shuguang.explanation());
    }

    @Test
    void aChineseNameOfPlaceAndLineOfBusinessOnlyIsHeldWhenANameHoldsAllItsWords() {
        Screener s = screener(el("SMEE", "Shanghai Micro Electronics Equipment (Group) Co., Ltd.", "SMEE", "上海微电子装备"),
                el("CETC", "China Electronics Technology Group Corporation", "CETC", "中国电子科技集团公司"));
        assertEquals(List.of("上海", "微电子", "装备", "集团"), NameNormalizer.tokens("上海微电子装备（集团）股份有限公司"));
        assertEquals(Certainty.POSSIBLE, certainty(s, "上海微电子装备（集团）股份有限公司", "SMEE"));
        assertEquals(Certainty.MATCH, certainty(s, "上海微电子装备有限公司", "SMEE"));
        assertEquals(Certainty.MATCH, certainty(s, "中国电子科技集团有限公司", "CETC"));
        // generic words alone never make a hit: a name lacking one of the listed words, or with another, is not the entry
        for (String party : List.of("上海微电子", "中国电子科技有限公司", "中国电子信息产业集团有限公司", "中国科学院")) {
            assertTrue(s.screen("END_USER", party, "CN").hits().isEmpty(), party);
        }
    }

    @Test
    void aDifferentCountryLowersAChineseCoreHitToAPossibleOne() {
        Screener s = screener(SHORT);
        PartyScreening r = s.screen("END_USER", "杭州海康威视数字技术股份有限公司", "DE");
        assertEquals(Certainty.POSSIBLE, r.hits().get(0).certainty(), r.toString());
    }

    @Test
    void aNameInChineseAndLatinLettersIsScreenedByEachPart() {
        Screener s = screener(SHORT);
        for (String party : List.of("Hikvision 海康威视", "杭州海康威视数字技术股份有限公司 (Hangzhou Hikvision Digital Technology Co., Ltd.)",
                "海康威视 Hikvision Digital")) {
            PartyScreening r = s.screen("END_USER", party, "CN");
            assertEquals(Certainty.MATCH, certainty(s, party, "HIK"), party + ": " + r);
        }
        ScreeningHit hit = s.screen("END_USER", "Acme Trading 海康威视", "CN").hits().get(0);
        assertTrue(hit.explanation().contains("(its part in Chinese characters)"), hit.explanation());
        assertEquals(List.of(List.of("acme", "trading")), Screener.parts(List.of("acme", "trading")));
        assertEquals(3, Screener.parts(NameNormalizer.tokens("Acme 海康威视")).size());
        assertEquals(1, Screener.parts(NameNormalizer.tokens("海康威视 Technology")).size(), "a generic word beside it is no second name");
    }

    @Test
    void aLatinWordWithLookAlikeLettersIsFlaggedEvenWrittenOntoChineseCharacters() {
        String name = "Hikvisi\u043En海康威视"; // Cyrillic о
        PartyScreening r = screener(SHORT).screen("END_USER", name, "CN");
        assertNotNull(r.lookAlikes(), r.toString());
        assertTrue(r.lookAlikes().contains("mixes Cyrillic and Latin letters"), r.lookAlikes());
        assertEquals(Certainty.MATCH, r.hits().get(0).certainty());
        assertEquals(null, LookAlikes.fold("海康威视数字技术").warning(), "Chinese characters alone are no look-alikes");
    }
}
