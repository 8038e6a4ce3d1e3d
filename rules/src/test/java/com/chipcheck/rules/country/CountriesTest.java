package com.chipcheck.rules.country;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountriesTest {

    @ParameterizedTest
    @CsvSource({"cn,CN", "China,CN", "china (prc),CN", "Hong Kong,HK", "Macao,MO", "UAE,AE", "United Arab Emirates,AE",
            "South Korea,KR", "'Korea, North',KP", "Türkiye,TR", "U.S.A.,US", "Viet Nam,VN", "Burma,MM"})
    void resolvesCodesAndEnglishNames(String input, String code) {
        assertEquals(Optional.of(code), Countries.resolve(input));
    }

    @ParameterizedTest
    @CsvSource({"中国,CN", "中國,CN", "中国大陆,CN", "中国香港,HK", "香港,HK", "中國香港,HK", "中国（香港）,HK", "香港特別行政區,HK",
            "澳门,MO", "澳門,MO", "新加坡,SG", "马来西亚,MY", "馬來西亞,MY", "阿联酋,AE", "阿聯酋,AE", "越南,VN", "俄罗斯,RU",
            "俄羅斯,RU", "台湾,TW", "臺灣,TW", "韩国,KR", "朝鲜,KP", "沙特阿拉伯,SA", "  中 国 ,CN", "ＣＮ,CN"})
    void resolvesChineseNamesSimplifiedAndTraditional(String input, String code) {
        assertEquals(Optional.of(code), Countries.resolve(input));
    }

    /** Every country the Country Group table names is known by its Chinese names, Simplified and Traditional. */
    @Test
    void everyCountryOfTheGroupTableHasItsChineseNames() throws java.io.IOException {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("reference/country_groups.csv"), java.nio.charset.StandardCharsets.UTF_8))) {
            r.lines().skip(1).map(l -> l.split(",")[1]).forEach(codes::add);
        }
        assertEquals(true, codes.size() > 80, "the table lists " + codes.size() + " countries");
        for (String code : codes) {
            for (java.util.Locale language : new java.util.Locale[] {java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.TRADITIONAL_CHINESE}) {
                String name = new java.util.Locale("", code).getDisplayCountry(language);
                assertEquals(Optional.of(code), Countries.resolve(name), code + " as " + language + " \"" + name + "\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"刚果", "剛果", "中华", "国"})
    void refusesChineseNamesThatAreNoOneCountry(String input) {
        assertEquals(Optional.empty(), Countries.resolve(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chna", "ZZ", "XX", "Сhina" /* Cyrillic С */, "", "  ", "Korea" /* North or South */, "Congo"})
    void refusesWhatIsNotACountry(String input) {
        assertEquals(Optional.empty(), Countries.resolve(input));
    }

    @Test
    void groupMembershipFollowsValidityDates() {
        CountryGroups groups = CountryGroups.bundled();
        assertEquals(Set.of("D:4"), groups.groupsOf("AE", LocalDate.of(2026, 7, 9)));
        assertEquals(Set.of("A:5"), groups.groupsOf("AE", LocalDate.of(2026, 7, 10)));
        assertEquals(Set.of("D:1", "D:5"), groups.groupsOf("KH", LocalDate.of(2026, 2, 3)));
        assertEquals(Set.of("D:1"), groups.groupsOf("KH", LocalDate.of(2026, 2, 4)));
        assertEquals(Set.of("D:1", "D:4", "D:5"), groups.groupsOf("CN", LocalDate.of(2026, 9, 30)));
        assertEquals(Set.of(), groups.groupsOf("HK", LocalDate.of(2026, 9, 30)), "HK is not listed: the alias maps it");
        assertEquals("CN", DestinationAliases.bundled().evaluatedAs("HK"));
    }
}
