package com.chipcheck.rules.screening;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Letters of other scripts that look like Latin ones: Cyrillic "А", "е", "о", "с", "р", "х", Greek "Ο" … A name written
 * with some of them ("Huаwei" with a Cyrillic а) reads the same to a person and differently to a matcher, which is how
 * a listed party evades screening. Unicode's confusables data (UTS #39, through ICU4J's {@link SpoofChecker}) gives
 * each such letter the Latin letters it imitates. A word that mixes scripts, or is made only of letters that imitate
 * Latin ones, is folded to those Latin letters before matching, and the name is flagged: a person should see it. A word
 * wholly in another script that is not made of look-alikes (a real Cyrillic or Greek word) is left as it is.
 */
public final class LookAlikes {

    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    /** Per code point: the ASCII letters or digits it imitates, or "" when it imitates none. */
    private static final Map<Integer, String> LATIN = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern SMALL_CAPITAL = java.util.regex.Pattern.compile("LATIN LETTER SMALL CAPITAL ([A-Z])");

    /** The name with look-alike words folded to Latin letters, and what was found (null when nothing). */
    public record Folded(String text, String warning) {
    }

    private LookAlikes() {
    }

    public static Folded fold(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || wholly(name)) {
            return new Folded(name, null);
        }
        StringBuilder out = new StringBuilder(name.length());
        StringBuilder warning = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            if (!Character.isLetter(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            boolean cjk = cjk(cp);
            // a word ends where Chinese, Japanese or Korean writing starts or stops: "Huаwei华为" is two words, and its
            // Latin one is checked like any other (a Chinese character beside it would otherwise shield it)
            while (end < name.length() && (Character.isLetter(name.codePointAt(end)) || Character.getType(name.codePointAt(end)) == Character.NON_SPACING_MARK)
                    && (Character.getType(name.codePointAt(end)) == Character.NON_SPACING_MARK || cjk(name.codePointAt(end)) == cjk)) {
                end += Character.charCount(name.codePointAt(end));
            }
            String word = name.substring(i, end);
            out.append(foldWord(word, warning));
            i = end;
        }
        return new Folded(out.toString(), warning.length() == 0 ? null : warning.toString());
    }

    /**
     * A name written wholly in one script other than Latin, with letters of that script no Latin letter imitates
     * ("АО «Радиозавод Вектор»"): a real Cyrillic or Greek name, even where a word of it happens to be made of letters
     * that look Latin ("АО", "ООО"). It is transliterated, not folded, and not flagged. A name made only of look-alike
     * letters ("СОМ", "АВВ") is folded and flagged: it imitates a Latin name.
     */
    private static boolean wholly(String name) {
        int only = -1;
        boolean genuine = false;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int cp = name.codePointAt(i);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                continue;
            }
            if (script == UScript.LATIN || (only >= 0 && script != only)) {
                return false;
            }
            only = script;
            genuine |= latin(cp).isEmpty();
        }
        return only >= 0 && genuine;
    }

    private static String foldWord(String word, StringBuilder warning) {
        TreeSet<String> scripts = new TreeSet<>();
        boolean allImitateLatin = true;
        boolean anyNonLatin = false;
        boolean oddLatin = false;
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int cp = word.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                continue;
            }
            scripts.add(UScript.getName(script));
            if (script != UScript.LATIN) {
                anyNonLatin = true;
                allImitateLatin &= !latin(cp).isEmpty();
            } else if (cp >= 0x80 && !latin(cp).isEmpty() && !decomposesToAscii(cp)) {
                oddLatin = true; // a Latin letter no accent explains: small capitals (ʜ, ᴜ), turned or hooked forms
            }
        }
        if (!anyNonLatin && oddLatin) {
            return folded(word, warning, "is written with unusual Latin letters that imitate ordinary ones", true);
        }
        if (!anyNonLatin || scripts.contains("Han") || scripts.contains("Hiragana") || scripts.contains("Katakana")
                || scripts.contains("Hangul")) {
            return word; // Latin only, or a script the tokenizer treats whole (Chinese, Japanese, Korean)
        }
        boolean mixed = scripts.size() > 1;
        if (!mixed && !allImitateLatin) {
            return word; // a word of another script, not made to look Latin
        }
        return folded(word, warning, mixed ? "mixes " + String.join(" and ", scripts) + " letters"
                : "is written in " + scripts.first() + " letters that look like Latin ones", false);
    }

    /** The word with each imitating letter replaced by the ASCII it imitates, and the finding added to the warning. */
    private static String folded(String word, StringBuilder warning, String finding, boolean latinToo) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int cp = word.codePointAt(i);
            boolean latinScript = UScript.getScript(cp) == UScript.LATIN;
            String l = cp < 0x80 || (latinScript && (!latinToo || decomposesToAscii(cp))) ? "" : latin(cp);
            if (l.isEmpty()) {
                folded.appendCodePoint(cp);
            } else {
                folded.append(l);
            }
        }
        if (warning.length() > 0) {
            warning.append("; ");
        }
        warning.append('"').append(word).append("\" ").append(finding).append(" (read as \"").append(folded).append("\")");
        return folded.toString();
    }

    private static boolean cjk(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.HANGUL;
    }

    /** An accented or compatibility form of ASCII letters (é, ﬁ, Ｈ): ordinary spelling, folded by NFKD anyway. */
    private static boolean decomposesToAscii(int cp) {
        String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return !d.isEmpty() && d.chars().allMatch(c -> c < 0x80);
    }

    /** The ASCII letters or digits a code point imitates (its UTS #39 skeleton), or "" if it imitates none. */
    private static String latin(int cp) {
        return LATIN.computeIfAbsent(cp, c -> {
            String skeleton = CONFUSABLES.getSkeleton(new String(Character.toChars(c)));
            if (!skeleton.isEmpty() && skeleton.chars().allMatch(ch -> ch < 0x80 && Character.isLetterOrDigit(ch))) {
                return skeleton;
            }
            // small capitals (ʜ, ᴀ) are not in the confusables data, which keeps case apart; their names say the letter
            java.util.regex.Matcher m = SMALL_CAPITAL.matcher(String.valueOf(com.ibm.icu.lang.UCharacter.getName(c)));
            return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        });
    }
}
