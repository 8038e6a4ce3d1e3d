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
