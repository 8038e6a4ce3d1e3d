package com.chipcheck.rules.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes and the English names people type for them ("China", "Hong Kong", "UAE").
 * The code list is the JDK's; names come from the JDK, the country-group table and a short alias list.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = buildNames();

    private Countries() {
    }

    /** The ISO code for a code or an English name, or empty if it is neither. */
    public static Optional<String> resolve(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String trimmed = input.trim();
        if (trimmed.length() == 2 && trimmed.chars().allMatch(c -> c < 128)) {
            String code = trimmed.toUpperCase(Locale.ROOT);
            return CODES.contains(code) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(normalise(trimmed)));
    }

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    private static Map<String, String> buildNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : CODES) {
            names.put(normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] aliases = {
                {"China (PRC)", "CN"}, {"PRC", "CN"}, {"People's Republic of China", "CN"}, {"Mainland China", "CN"},
                {"Hong Kong", "HK"}, {"Hong Kong SAR", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"Macau SAR", "MO"},
                {"Taiwan", "TW"}, {"UAE", "AE"}, {"U.A.E.", "AE"}, {"South Korea", "KR"}, {"Korea, South", "KR"},
                {"Republic of Korea", "KR"}, {"North Korea", "KP"}, {"Korea, North", "KP"}, {"DPRK", "KP"},
                {"Russia", "RU"}, {"Russian Federation", "RU"}, {"USA", "US"}, {"U.S.", "US"}, {"U.S.A.", "US"},
                {"United States of America", "US"}, {"UK", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"},
                {"Vietnam", "VN"}, {"Viet Nam", "VN"}, {"Burma", "MM"}, {"Myanmar", "MM"}, {"Turkey", "TR"},
                {"Türkiye", "TR"}, {"Turkiye", "TR"}, {"Iran", "IR"}, {"Syria", "SY"}, {"Laos", "LA"}, {"Moldova", "MD"},
                {"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"Congo (Democratic Republic of)", "CD"},
                {"DR Congo", "CD"}, {"South Sudan, Republic of", "SS"}, {"Holland", "NL"}, {"The Netherlands", "NL"},
        };
        for (String[] alias : aliases) {
            names.put(normalise(alias[0]), alias[1]);
        }
        // a name two countries answer to is no country: "Korea" may be North Korea (E:1, embargoed), "Congo" either
        for (String ambiguous : new String[] {"Korea", "Congo"}) {
            names.remove(normalise(ambiguous));
        }
        return Map.copyOf(names);
    }

    /** Case, accents, punctuation and spacing do not matter: "Türkiye" = "turkiye", "U.S.A." = "usa". */
    static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    }
}
