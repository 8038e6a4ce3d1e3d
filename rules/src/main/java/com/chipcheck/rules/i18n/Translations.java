package com.chipcheck.rules.i18n;

import com.chipcheck.rules.util.Resources;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese of every rule, kept beside the rules in {@code i18n/reasons.tsv} ({@code key, en, zh}): a rule's
 * statement ({@code statement:<ruleId>}), the templates of the reasons it writes ({@code reason:<ruleId>}, with
 * {@code {name}} where the rule puts a figure, a code or a name) and the English words rules put into those places
 * ({@code term:<english>}). A reason, recorded in English, is shown in Chinese by matching its rule's English
 * templates in order and filling the first that matches; the build fails when a rule lacks its statement or a reason
 * of any scenario matches no template (TranslationCoverageTest in features).
 */
public final class Translations {

    public static final String RESOURCE = "i18n/reasons.tsv";
    private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z]+)}");
    /**
     * Places whose values have a shape, so that two places side by side ("the {role} {country}": "end user location
     * CN") split where the rule joined them; any other place takes the shortest text that lets the template match.
     */
    private static final Map<String, String> PLACE_PATTERNS = Map.of("country", "([A-Z]{2})", "currency", "([A-Z]{3})");

    /** One reason template: the English as a pattern, the names of its places in order, and the Chinese. */
    private record Template(Pattern english, List<String> places, String chinese) {
    }

    private final Map<String, String> statements = new HashMap<>();
    private final Map<String, List<Template>> reasons = new HashMap<>();
    private final Map<String, String> terms = new HashMap<>();
    private final Map<String, List<Template>> items = new HashMap<>();

    private Translations() {
    }

    public static Translations bundled() {
        return Bundled.TRANSLATIONS;
    }

    private static final class Bundled {
        static final Translations TRANSLATIONS = parse(Resources.bytes(RESOURCE));
    }

    static Translations parse(byte[] tsv) {
        Translations t = new Translations();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(tsv), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header
            int row = 1;
            while ((line = in.readLine()) != null) {
                row++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[1].isEmpty() || cells[2].isEmpty()) {
                    throw new IllegalStateException(RESOURCE + " row " + row + ": expected key, en and zh separated by tabs");
                }
                t.add(cells[0], cells[1], cells[2], row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private void add(String key, String en, String zh, int row) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? "" : key.substring(0, colon);
        String id = key.substring(colon + 1);
        switch (kind) {
            case "statement" -> statements.put(id, zh);
            case "term" -> terms.put(en, zh);
            case "reason" -> reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(template(en, zh, row));
            case "item" -> items.computeIfAbsent(id, k -> new ArrayList<>()).add(template(en, zh, row));
            default -> throw new IllegalStateException(RESOURCE + " row " + row + ": key " + key + " is not statement:, reason:, item: or term:");
        }
    }

    private static Template template(String en, String zh, int row) {
        StringBuilder regex = new StringBuilder();
        List<String> places = new ArrayList<>();
        Matcher m = PLACE.matcher(en);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(en.substring(at, m.start()))).append(PLACE_PATTERNS.getOrDefault(m.group(1), "(.+?)"));
            places.add(m.group(1));
            at = m.end();
        }
        regex.append(Pattern.quote(en.substring(at)));
        Matcher z = PLACE.matcher(zh);
        while (z.find()) {
            if (!places.contains(z.group(1))) {
                throw new IllegalStateException(RESOURCE + " row " + row + ": {" + z.group(1) + "} is in the Chinese only");
            }
        }
        return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(places), zh);
    }

    /** The rule's statement in the language (English: as the rule states it). */
    public String statement(String ruleId, String english, Language language) {
        return language == Language.ZH ? statements.getOrDefault(ruleId, english) : english;
    }

    /** Whether the rule has a Chinese statement. */
    public boolean hasStatement(String ruleId) {
        return statements.containsKey(ruleId);
    }

    /** A reason's text in the language: English as recorded, or the Chinese of the first template it matches. */
    public String reason(String ruleId, String english, Language language) {
        return language == Language.ZH ? chinese(ruleId, english).orElse(english) : english;
    }

    /** The Chinese of a reason, or empty if no template of its rule matches the English. */
    public Optional<String> chinese(String ruleId, String english) {
        if (english == null) {
            return Optional.empty();
        }
        return fill(reasons.getOrDefault(ruleId, List.of()), english, ruleId, false);
    }

    /**
     * The Chinese of a reason with what others wrote left out (names, a buyer's evidence, BIS's objection, a list
     * entry's licence requirement: quoted as written, in any language): what is left is the translation's own words,
     * which should be Chinese. For the test that proves every reason reads in Chinese.
     */
    public Optional<String> chineseWithoutQuotedData(String ruleId, String english) {
        return english == null ? Optional.empty() : fill(reasons.getOrDefault(ruleId, List.of()), english, ruleId, true);
    }

    /** Places that quote what someone else wrote, shown as written in every language. */
    private static final java.util.Set<String> QUOTED = java.util.Set.of("evidence", "objection", "requirement", "name", "party",
            "entryName", "matchedName", "label", "chip", "part", "word", "folded", "message", "sources", "marketedFor", "value",
            "problem", "reason", "note");

    private Optional<String> fill(List<Template> templates, String english, String ruleId, boolean maskQuoted) {
        for (Template t : templates) {
            Matcher m = t.english().matcher(english);
            if (m.matches()) {
                String out = t.chinese();
                for (int i = 0; i < t.places().size(); i++) {
                    String place = t.places().get(i);
                    out = out.replace("{" + place + "}", maskQuoted && QUOTED.contains(place) ? "…" : value(m.group(i + 1), ruleId, maskQuoted));
                }
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    /**
     * What a rule put in a place, in Chinese: a term; one item, or a "; "-joined list of items, of the rule's item
     * templates; otherwise as written (a code, a number, a name).
     */
    private String value(String value, String ruleId, boolean maskQuoted) {
        String term = terms.get(value);
        if (term != null) {
            return term;
        }
        List<Template> ofRule = items.get(ruleId);
        if (ofRule == null) {
            return value;
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : value.split("; ", -1)) {
            Optional<String> chinese = fill(ofRule, piece, null, maskQuoted);
            if (chinese.isEmpty()) {
                return value; // one piece unknown: the whole place as written, never half translated in a misleading way
            }
            pieces.add(chinese.get());
        }
        return String.join("；", pieces);
    }

    /** A word or phrase in the language (outcome labels, the page's and workbook's words kept as terms). */
    public String term(String english, Language language) {
        return language == Language.ZH ? terms.getOrDefault(english, english) : english;
    }
}
