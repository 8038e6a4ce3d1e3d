package com.chipcheck.rules.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a party or list name into comparable tokens: look-alike letters of other scripts read as the Latin ones they
 * imitate ({@link LookAlikes}), accents and case folded, punctuation dropped, legal-form
 * words removed (Co., Ltd., LLC, GmbH, 有限公司 …). A run of Chinese characters is one token, with its legal-form
 * suffixes (有限公司, 股份, 集团, 科技 …) cut off. Generic business words ("technology", "international") stay in
 * the tokens but are flagged, so that they can never make a hit on their own.
 */
public final class NameNormalizer {

    /** Legal forms: dropped. */
    static final Set<String> LEGAL_FORMS = Set.of("co", "company", "corp", "corporation", "inc", "incorporated", "ltd",
            "limited", "llc", "llp", "lp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "kk",
            "pte", "pty", "private", "pvt", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "fze", "fzco", "fz", "bhd", "sdn", "the",
            "of", "and", "de", "la", "ltda", "holdings", "holding");
    /** Generic words: kept, with a quarter of the weight of a distinctive word, and never enough for a hit. */
    static final Set<String> GENERIC = Set.of("technology", "technologies", "tech", "group", "international", "intl",
            "industrial", "industries", "industry", "trading", "trade", "electronics", "electronic", "science",
            "sciences", "information", "development", "investment", "investments", "global", "systems", "system", "services",
            "service", "solutions", "network", "networks", "digital", "intelligent", "intelligence", "computing",
            "computer", "semiconductor", "semiconductors", "research", "institute", "engineering", "manufacturing",
            "equipment", "enterprise", "enterprises", "import", "export", "logistics", "shipping", "cloud", "data",
            "software", "devices", "components", "microelectronics", "materials", "general", "chinese", "national",
            "center", "centre", "university", "laboratory", "lab", "academy", "new", "first", "sci", "ai", "artificial");
    /** Place words: generic too, and weigh least (a list name often carries its city, a customer's name not). */
    static final Set<String> PLACES = Set.of("china", "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "wuhan",
            "chengdu", "tianjin", "nanjing", "hong", "kong", "hk", "moscow", "russia", "zhejiang", "jiangsu", "hefei",
            "xian", "dalian", "singapore", "dubai", "asia", "pacific");
    /** Legal-form and generic suffixes of Chinese names, longest first. */
    private static final List<String> CJK_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团", "股份",
            "公司", "科技", "技术", "信息", "电子", "半导体", "智能");

    /** Chinese legal forms: dropped when nothing else is left of the name. */
    private static final Set<String> CJK_LEGAL_FORMS = Set.of("股份有限公司", "有限责任公司", "有限公司", "股份", "公司");

    private NameNormalizer() {
    }

    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        // look-alike letters of other scripts first (UTS #39), traditional Chinese characters as simplified ones, then
        // accents and compatibility forms (NFKD); invisible format characters (zero-width space, soft hyphen) are dropped
        String folded = Normalizer.normalize(simplified(LookAlikes.fold(name).text()), Normalizer.Form.NFKD).replaceAll("[\\p{M}\\p{Cf}]+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flushWord(word, out);
                cjk.append(c);
            } else if (Character.isLetterOrDigit(c)) {
                flushCjk(cjk, out);
                word.append(c);
            } else if (c == '.' || c == '\'' || c == '’') {
                continue; // "Co." and "Int'l" keep their letters together
            } else if (cjk.length() > 0 && Character.isWhitespace(c) && nextIsHan(folded, i + 1)) {
                continue; // "华 为" is one Chinese name written with a space
            } else {
                flushWord(word, out);
                flushCjk(cjk, out);
            }
        }
        flushWord(word, out);
        flushCjk(cjk, out);
        return out;
    }

    private static boolean nextIsHan(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN;
            }
        }
        return false;
    }

    private static final com.ibm.icu.text.Transliterator TO_SIMPLIFIED = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");

    /** Traditional Chinese characters as their simplified forms (華為 and 华为 are one name); other text as it is. */
    static String simplified(String name) {
        if (name.chars().noneMatch(c -> c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return name;
        }
        synchronized (TO_SIMPLIFIED) { // a Transliterator is not safe for concurrent use
            return TO_SIMPLIFIED.transliterate(name);
        }
    }

    /** The same party wherever it is named: its name's tokens, and its country (case, punctuation, legal form aside). */
    public static String partyKey(String name, String country) {
        return String.join(" ", tokens(name)) + "|" + (country == null ? "" : country);
    }

    public static boolean generic(String token) {
        return GENERIC.contains(token) || PLACES.contains(token);
    }

    /** How much a token counts in a name: 1 if distinctive, 0.5 if a generic word, 0.1 if a place. */
    public static double weight(String token) {
        return PLACES.contains(token) ? 0.1 : GENERIC.contains(token) ? 0.5 : 1.0;
    }

    public static boolean han(String token) {
        return !token.isEmpty() && token.charAt(0) >= '\u2E80' // below it no Han; the script look-up is a binary search
                && Character.UnicodeScript.of(token.charAt(0)) == Character.UnicodeScript.HAN;
    }

    private static void flushWord(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            String w = word.toString();
            if (!LEGAL_FORMS.contains(w)) {
                out.add(w);
            }
            word.setLength(0);
        }
    }

    private static void flushCjk(StringBuilder cjk, List<String> out) {
        if (cjk.length() > 0) {
            String s = cjk.toString();
            boolean cut = !CJK_LEGAL_FORMS.contains(s);
            while (cut) {
                cut = false;
                for (String suffix : CJK_SUFFIXES) {
                    if (s.length() > suffix.length() && s.endsWith(suffix)) {
                        s = s.substring(0, s.length() - suffix.length());
                        cut = true;
                    }
                }
            }
            if (!CJK_LEGAL_FORMS.contains(s)) { // "有限公司" alone names no one, as "Co., Ltd." does not
                out.add(s);
            }
            cjk.setLength(0);
        }
    }
}
