package com.chipcheck.rules.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a party or list name into comparable tokens: look-alike letters of other scripts read as the Latin ones they
 * imitate ({@link LookAlikes}), accents and case folded, punctuation dropped, legal-form
 * words removed (Co., Ltd., LLC, GmbH, 有限公司 …). A run of Chinese characters is cut into its place, its core and its
 * descriptors, its legal forms dropped ({@link HanNames}: 杭州海康威视数字技术股份有限公司 is 杭州, 海康威视, 数字, 技术).
 * Generic business words ("technology", "international", 科技) and places stay in the tokens but are flagged, so that
 * they can never make a hit on their own.
 */
public final class NameNormalizer {

    /** Legal forms: dropped. */
    static final Set<String> LEGAL_FORMS = Set.of("co", "company", "corp", "corporation", "inc", "incorporated", "ltd",
            "limited", "llc", "llp", "lp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "kk",
            "pte", "pty", "private", "pvt", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "pao", "ao", "tov", "fze", "fzco", "fz",
            "bhd", "sdn", "the", "of", "and", "de", "la", "ltda", "holdings", "holding", "aktiengesellschaft", "kgaa", "kg", "ohg",
            "doo", "sro", "spzoo", "kft", "zrt", "nyrt", "oy", "oyj", "ab", "asa", "aps", "bvba", "sprl", "eurl", "sapi", "sab",
            "eireli", "tbk", "sca", "scs", "snc", "sae", "wll", "psc", "saog", "saoc", "qsc", "qpsc", "bsc", "kscc", "kscp");
    /**
     * Legal forms of several words, written out or in other languages ("Open Joint Stock Company", "Sp. z o.o.",
     * "S.A. de C.V.", "Gesellschaft mit beschränkter Haftung", "Obshchestvo s ogranichennoy otvetstvennost'yu"),
     * dropped wherever they stand in a name; the longest first.
     */
    static final List<List<String>> LEGAL_PHRASES = java.util.stream.Stream.of(
            "publichnoye aktsionernoye obshchestvo", "otkrytoye aktsionernoye obshchestvo", "zakrytoye aktsionernoye obshchestvo",
            "obshchestvo s ogranichennoy otvetstvennostyu", "aktsionernoye obshchestvo", "aktsionernoe obshchestvo",
            "open joint stock company", "closed joint stock company", "public joint stock company", "joint stock company",
            "open joint stock", "closed joint stock", "public joint stock", "joint stock", "limited liability company",
            "limited liability partnership", "limited liability", "public limited company", "private limited company",
            "gesellschaft mit beschrankter haftung", "societe anonyme", "societe a responsabilite limitee", "sociedad anonima",
            "sociedad de responsabilidad limitada", "societa per azioni", "societa a responsabilita limitata",
            "besloten vennootschap", "naamloze vennootschap", "sp z oo", "sa de cv", "s a de c v", "sab de cv", "sapi de cv",
            "spolka z ograniczona odpowiedzialnoscia", "spolka akcyjna", "societatea cu raspundere limitata",
            "societate cu raspundere limitata", "societatea pe actiuni", "d o o", "s r o", "a s", "co ltd", "pte ltd")
            .map(p -> List.of(p.split(" "))).sorted((a, b) -> b.size() - a.size()).toList();
    /** Generic words: kept, with a quarter of the weight of a distinctive word, and never enough for a hit. */
    static final Set<String> GENERIC = Set.of("technology", "technologies", "tech", "group", "international", "intl",
            "industrial", "industries", "industry", "trading", "trade", "electronics", "electronic", "science",
            "sciences", "information", "development", "investment", "investments", "global", "systems", "system", "services",
            "service", "solutions", "network", "networks", "digital", "intelligent", "intelligence", "computing",
            "computer", "semiconductor", "semiconductors", "research", "institute", "engineering", "manufacturing",
            "equipment", "enterprise", "enterprises", "import", "export", "logistics", "shipping", "cloud", "data",
            "software", "devices", "components", "microelectronics", "materials", "general", "chinese", "national",
            "center", "centre", "university", "laboratory", "lab", "academy", "new", "first", "sci", "ai", "artificial",
            // institutional words: "Government of Estonia" is not "Government of Ethiopia"
            "government", "ministry", "state", "republic", "federal", "federation", "committee", "agency", "department",
            "office", "authority", "council", "association", "union", "foundation", "fund", "society", "organization",
            "organisation", "bureau", "administration", "directorate", "municipal", "people", "peoples", "bank", "central",
            "plant", "factory", "works", "scientific", "production", "management");
    /** Titles and honorifics: they say who a person is, not which person. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "president", "prasident", "presidente", "sheikh",
            "shaikh", "sheik", "general", "gen", "colonel", "col", "sir", "lord", "prince", "princess", "king", "emir", "amir",
            "mullah", "maulana", "hon", "honorable", "minister");
    /** Particles of Arabic and other names: part of a name, never enough to tell two apart. */
    static final Set<String> PARTICLES = Set.of("al", "bin", "bint", "abu", "van", "von", "der", "den", "di", "da", "du", "le", "ul");
    /** Place words: generic too, and weigh least (a list name often carries its city, a customer's name not). */
    static final Set<String> PLACES = Set.of("china", "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "wuhan",
            "chengdu", "tianjin", "nanjing", "hong", "kong", "hk", "moscow", "russia", "zhejiang", "jiangsu", "hefei",
            "xian", "dalian", "singapore", "dubai", "asia", "pacific");
    private NameNormalizer() {
    }

    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        // look-alike letters of other scripts first (UTS #39), traditional Chinese characters as simplified ones, then
        // accents and compatibility forms (NFKD); invisible format characters (zero-width space, soft hyphen) are dropped
        String folded = Normalizer.normalize(simplified(latin(LookAlikes.fold(name).text())), Normalizer.Form.NFKD)
                .replaceAll("[\\p{M}\\p{Cf}]+", "").toLowerCase(Locale.ROOT);
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
        return canonical(withoutLegalForms(out));
    }

    /** Number words as digits ("forty-four" is "44", "first" and "1st" are "1"), for names that spell them either way. */
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("1st", 1), Map.entry("2nd", 2),
            Map.entry("3rd", 3), Map.entry("4th", 4), Map.entry("5th", 5));
    /** Abbreviations written out, and the usual short forms of given names, as one token each side agrees on. */
    private static final Map<String, String> SAME_WORD = Map.ofEntries(Map.entry("intl", "international"),
            Map.entry("natl", "national"), Map.entry("univ", "university"), Map.entry("inst", "institute"),
            Map.entry("mfg", "manufacturing"), Map.entry("assn", "association"),
            Map.entry("dept", "department"), Map.entry("govt", "government"), Map.entry("ibn", "bin"), Map.entry("ben", "bin"),
            Map.entry("el", "al"), Map.entry("abdel", "abdul"), Map.entry("abdal", "abdul"), Map.entry("abdoul", "abdul"),
            Map.entry("ted", "theodore"), Map.entry("teddy", "theodore"), Map.entry("bill", "william"), Map.entry("billy", "william"),
            Map.entry("bob", "robert"), Map.entry("bobby", "robert"), Map.entry("jim", "james"), Map.entry("jimmy", "james"),
            Map.entry("mike", "michael"), Map.entry("dick", "richard"), Map.entry("rick", "richard"), Map.entry("tom", "thomas"),
            Map.entry("tony", "anthony"), Map.entry("joe", "joseph"), Map.entry("sasha", "alexander"), Map.entry("dima", "dmitriy"),
            Map.entry("volodya", "vladimir"), Map.entry("misha", "mikhail"), Map.entry("kolya", "nikolay"));

    /** A word of letters with digits standing in for some ("ig0r", "sech1n") read as letters; numbers and codes stay. */
    private static String lettersForDigits(String token) {
        long letters = token.chars().filter(Character::isLetter).count();
        if (letters < 2 || letters == token.length() || token.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            return token;
        }
        StringBuilder b = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            int i = "013457".indexOf(c);
            b.append(i < 0 ? c : "oieast".charAt(i));
        }
        return b.toString();
    }

    /** Tokens in the form both sides of a comparison agree on: numbers as digits, abbreviations and short forms written out. */
    private static List<String> canonical(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            Integer n = NUMBERS.get(t);
            if (n != null && n >= 20 && n % 10 == 0 && i + 1 < tokens.size() && NUMBERS.getOrDefault(tokens.get(i + 1), 10) < 10) {
                out.add(String.valueOf(n + NUMBERS.get(tokens.get(i + 1)))); // "forty four"
                i++;
            } else if (n != null) {
                out.add(String.valueOf(n));
            } else if (t.equals("abd") && i + 1 < tokens.size() && (tokens.get(i + 1).equals("al") || tokens.get(i + 1).equals("el"))) {
                out.add("abdul"); // "Abd al-Aziz" is "Abdul Aziz"
                i++;
            } else {
                out.add(SAME_WORD.getOrDefault(lettersForDigits(t), lettersForDigits(t)));
            }
        }
        return out;
    }

    /** The tokens without legal forms: phrases first ("joint stock company"), then single words ("ltd"). */
    private static List<String> withoutLegalForms(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        next:
        while (i < tokens.size()) {
            for (List<String> phrase : LEGAL_PHRASES) {
                if (i + phrase.size() <= tokens.size() && tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    i += phrase.size();
                    continue next;
                }
            }
            String t = tokens.get(i);
            if (!legalForm(t)) {
                out.add(withoutGluedLegalForm(t));
            }
            i++;
        }
        return out;
    }

    private static final List<String> GLUED_LEGAL_FORMS = List.of("gmbh", "ltd", "llc", "inc", "corp", "plc", "jsc", "ojsc", "pjsc",
            "ooo", "oao", "zao", "bhd", "ag");

    /** A name with its legal form written onto it ("SiemensAG", "AcmeLtd"), without it; a name of five letters or more stays. */
    private static String withoutGluedLegalForm(String token) {
        for (String form : GLUED_LEGAL_FORMS) {
            if (token.length() - form.length() >= 5 && token.endsWith(form) && !han(token)) {
                return token.substring(0, token.length() - form.length());
            }
        }
        return token;
    }

    /** A legal form, or a long one misspelt by a letter ("Aktiengeselschaft", a truncated "compan"). */
    private static boolean legalForm(String token) {
        if (LEGAL_FORMS.contains(token)) {
            return true;
        }
        if (token.length() < 6) {
            return false;
        }
        for (String form : LONG_LEGAL_FORMS) {
            int longer = Math.max(form.length(), token.length());
            if (Math.abs(form.length() - token.length()) <= 1
                    && Math.round((1 - NameMatcher.levenshteinSimilarity(form, token, 0)) * longer) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> LONG_LEGAL_FORMS = LEGAL_FORMS.stream().filter(f -> f.length() >= 7).sorted().toList();

    private static final com.ibm.icu.text.Transliterator RUSSIAN = com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final com.ibm.icu.text.Transliterator OTHER_SCRIPTS = com.ibm.icu.text.Transliterator.getInstance(
            "[[:Greek:][:Arabic:][:Hebrew:][:Armenian:][:Georgian:][:Cyrillic:][:Katakana:][:Hiragana:]] Any-Latin; Latin-ASCII");

    /**
     * Names in Cyrillic (by the BGN/PCGN romanisation the Entity List and SDN entries use for Russian and Belarusian
     * names) and in Greek, Arabic, Hebrew, Armenian, Georgian and Japanese kana (by ICU's transforms) in Latin letters, so that a
     * Cyrillic query finds a Latin entry and the reverse. Chinese characters stay as they are: they are compared as
     * characters. A Transliterator is not safe for concurrent use.
     */
    static String latin(String name) {
        boolean cyrillic = false;
        boolean other = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x370) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            other |= script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.ARABIC
                    || script == Character.UnicodeScript.HEBREW || script == Character.UnicodeScript.ARMENIAN
                    || script == Character.UnicodeScript.GEORGIAN || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HIRAGANA;
        }
        String out = name;
        if (cyrillic) {
            synchronized (RUSSIAN) {
                out = RUSSIAN.transliterate(out);
            }
        }
        if (cyrillic || other) {
            synchronized (OTHER_SCRIPTS) {
                out = OTHER_SCRIPTS.transliterate(out); // what the Russian romanisation left (Ukrainian і, ї, є)
            }
            out = out.replace("\u00B7", ""); // BGN's separator inside a word ("otvet·stvennost'yu")
        }
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
        return GENERIC.contains(token) || PLACES.contains(token) || TITLES.contains(token) || PARTICLES.contains(token)
                || initial(token) || HanNames.GENERIC.contains(token) || HanNames.place(token);
    }

    /** A patronymic or an initial: weighs little when only one side gives it, in full when the two sides give different ones. */
    static boolean qualifier(String token) {
        return initial(token) || PATRONYMIC.matcher(token).matches();
    }

    /** A single Latin letter: an initial ("G." in "William G. Frost"); a digit is a number, not an initial. */
    static boolean initial(String token) {
        return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z';
    }

    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(".{3,}(ovich|evich|ovych|evych|ovna|evna|ivna|ogly|oglu|kyzy)");

    /**
     * How much a token counts in a name: 1 if distinctive; 0.5 a generic word; 0.3 an initial; 0.25 a patronymic
     * ("Grigoryevich": lists give it, orders often do not) or a particle ("al", "bin"); 0.1 a place or a title.
     */
    public static double weight(String token) {
        if (PLACES.contains(token) || TITLES.contains(token) || HanNames.place(token)) {
            return 0.1;
        }
        if (GENERIC.contains(token) || HanNames.GENERIC.contains(token)) {
            return 0.5;
        }
        if (initial(token)) {
            return 0.3;
        }
        if (PARTICLES.contains(token) || PATRONYMIC.matcher(token).matches()) {
            return 0.25;
        }
        return 1.0;
    }

    public static boolean han(String token) {
        return !token.isEmpty() && token.charAt(0) >= '\u2E80' // below it no Han; the script look-up is a binary search
                && Character.UnicodeScript.of(token.charAt(0)) == Character.UnicodeScript.HAN;
    }

    private static void flushWord(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString()); // legal forms are dropped once the whole name is read (withoutLegalForms)
            word.setLength(0);
        }
    }

    /** A run of Chinese characters as its places, its core and its descriptors, legal forms dropped ({@link HanNames}). */
    private static void flushCjk(StringBuilder cjk, List<String> out) {
        if (cjk.length() > 0) {
            out.addAll(HanNames.tokens(cjk.toString()));
            cjk.setLength(0);
        }
    }
}
