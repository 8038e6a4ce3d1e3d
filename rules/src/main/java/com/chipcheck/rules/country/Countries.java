package com.chipcheck.rules.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes and the names people type for them: English ("China", "Hong Kong", "UAE") and Chinese,
 * Simplified and Traditional ("中国", "香港", "阿联酋", "澳門"). The code list is the JDK's; names come from the JDK's
 * locale data (English, zh-CN, zh-TW, zh-HK) and a short list of the forms buyers write.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");
    private static final Map<String, String> BY_NAME = buildNames();

    private Countries() {
    }

    /** The ISO code for a code or an English or Chinese name, or empty if it is none of them. */
    public static Optional<String> resolve(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String trimmed = Normalizer.normalize(input, Normalizer.Form.NFKC).trim(); // full-width ＣＮ is CN
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
        java.util.Set<String> twoCountries = new java.util.HashSet<>();
        for (String code : CODES) {
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, HONG_KONG}) {
                String name = new Locale("", code).getDisplayCountry(language);
                if (!name.equals(code)) { // the JDK answers the code itself when it has no name
                    String was = names.put(normalise(name), code);
                    if (was != null && !was.equals(code)) {
                        twoCountries.add(normalise(name));
                    }
                }
            }
        }
        twoCountries.forEach(names::remove);
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
                // what Chinese-speaking buyers write, Simplified and Traditional, besides the JDK's names
                {"中国", "CN"}, {"中國", "CN"}, {"中国大陆", "CN"}, {"中國大陸", "CN"}, {"中国内地", "CN"}, {"中國內地", "CN"},
                {"内地", "CN"}, {"內地", "CN"}, {"大陆", "CN"}, {"大陸", "CN"}, {"中华人民共和国", "CN"}, {"中華人民共和國", "CN"},
                {"香港", "HK"}, {"中国香港", "HK"}, {"中國香港", "HK"}, {"香港特区", "HK"}, {"香港特區", "HK"},
                {"香港特别行政区", "HK"}, {"香港特別行政區", "HK"}, {"澳门", "MO"}, {"澳門", "MO"}, {"中国澳门", "MO"},
                {"中國澳門", "MO"}, {"澳门特别行政区", "MO"}, {"澳門特別行政區", "MO"}, {"台湾", "TW"}, {"台灣", "TW"},
                {"臺灣", "TW"}, {"中国台湾", "TW"}, {"中國台灣", "TW"}, {"阿联酋", "AE"}, {"阿聯酋", "AE"},
                {"阿拉伯联合酋长国", "AE"}, {"阿拉伯聯合大公國", "AE"}, {"美国", "US"}, {"美國", "US"}, {"英国", "GB"},
                {"英國", "GB"}, {"韩国", "KR"}, {"韓國", "KR"}, {"南韩", "KR"}, {"南韓", "KR"}, {"大韩民国", "KR"},
                {"朝鲜", "KP"}, {"北韩", "KP"}, {"北韓", "KP"}, {"俄罗斯", "RU"}, {"俄羅斯", "RU"}, {"俄国", "RU"},
                {"白俄罗斯", "BY"}, {"白俄羅斯", "BY"}, {"越南", "VN"}, {"新加坡", "SG"}, {"星加坡", "SG"}, {"马来西亚", "MY"},
                {"馬來西亞", "MY"}, {"大马", "MY"}, {"大馬", "MY"}, {"泰国", "TH"}, {"泰國", "TH"}, {"印尼", "ID"},
                {"印度尼西亚", "ID"}, {"印度尼西亞", "ID"}, {"菲律宾", "PH"}, {"菲律賓", "PH"}, {"沙特", "SA"},
                {"沙特阿拉伯", "SA"}, {"沙烏地阿拉伯", "SA"}, {"沙地阿拉伯", "SA"}, {"以色列", "IL"}, {"伊朗", "IR"},
                {"叙利亚", "SY"}, {"敘利亞", "SY"}, {"古巴", "CU"}, {"德国", "DE"}, {"德國", "DE"}, {"日本", "JP"},
                {"印度", "IN"}, {"柬埔寨", "KH"}, {"老挝", "LA"}, {"寮國", "LA"}, {"缅甸", "MM"}, {"緬甸", "MM"},
                {"哈萨克斯坦", "KZ"}, {"哈薩克", "KZ"}, {"土耳其", "TR"}, {"卡塔尔", "QA"}, {"卡達", "QA"}, {"科威特", "KW"},
        };
        for (String[] alias : aliases) {
            names.put(normalise(alias[0]), alias[1]);
        }
        // a name two countries answer to is no country: "Korea" may be North Korea (E:1, embargoed), "Congo" either
        for (String ambiguous : new String[] {"Korea", "Congo", "刚果", "剛果", "高丽", "高麗"}) {
            names.remove(normalise(ambiguous));
        }
        return Map.copyOf(names);
    }

    /**
     * Case, accents, punctuation, width and spacing do not matter: "Türkiye" = "turkiye", "U.S.A." = "usa",
     * "中国（香港）" = "中国香港".
     */
    static String normalise(String name) {
        String folded = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String words = folded.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? words.replace(" ", "") : words;
    }

}
