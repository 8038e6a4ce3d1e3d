package com.chipcheck.rules.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, versioned screening list with its names tokenised once. Candidates are found by blocking on
 * each distinctive token's first three letters, and on two skip-grams (letters 1, 3, 4 and 1, 2, 4) so that a typo
 * in the second or third letter still finds the name; a token in Chinese characters on every two characters in a
 * row, so that a core standing within another is found; then scored in full. A name whose every distinctive token
 * differs in its first letter, or in two of its first four, is not found: Jaro-Winkler weights the prefix, so it
 * would not score high anyway; the evaluation set (docs/screening.md) measures what this costs in recall.
 */
public final class ScreeningList {

    public static final ScreeningList EMPTY = new ScreeningList(ListVersion.NONE, List.of());

    /** One name of an entry, tokenised. */
    /** Identity equality on purpose: candidate sets hash thousands of these per screening. */
    static final class IndexedName {
        private final ListEntry entry;
        private final String name;
        private final PreparedName prepared;

        IndexedName(ListEntry entry, String name, PreparedName prepared) {
            this.entry = entry;
            this.name = name;
            this.prepared = prepared;
        }

        ListEntry entry() {
            return entry;
        }

        String name() {
            return name;
        }

        PreparedName prepared() {
            return prepared;
        }
    }

    private final ListVersion version;
    private final List<ListEntry> entries;
    private final Map<String, List<IndexedName>> byBlock = new HashMap<>();
    private final List<IndexedName> genericOnly = new ArrayList<>();

    public ScreeningList(ListVersion version, List<ListEntry> entries) {
        this.version = version;
        this.entries = List.copyOf(entries);
        for (ListEntry e : this.entries) {
            for (String name : alternatives(e.allNames())) {
                IndexedName indexed = new IndexedName(e, name, PreparedName.of(NameNormalizer.tokens(name)));
                Set<String> blocks = blocks(indexed.prepared().tokens());
                if (blocks.isEmpty()) {
                    genericOnly.add(indexed);
                }
                blocks.forEach(b -> byBlock.computeIfAbsent(b, k -> new ArrayList<>()).add(indexed));
            }
        }
    }

    /**
     * The entry's names, and the parts of a name that lists alternatives with a slash ("AL-QA'IDA/ISLAMIC ARMY"):
     * each part is a name the party may go by. The whole name is kept as well.
     */
    static java.util.Set<String> alternatives(List<String> names) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(names);
        for (String n : names) {
            if (n.indexOf('/') > 0) {
                for (String part : n.split("\\s*/\\s*")) {
                    if (part.codePoints().filter(Character::isLetter).count() >= 3) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    public ListVersion version() {
        return version;
    }

    public List<ListEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Map<String, Integer> countBySource() {
        Map<String, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.source(), 1, Integer::sum));
        return counts;
    }

    /** Names that share a block with the party's tokens, plus the names made of generic words only. */
    List<IndexedName> candidates(List<String> partyTokens) {
        Set<IndexedName> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String block : blocks(partyTokens)) {
            out.addAll(byBlock.getOrDefault(block, List.of()));
        }
        out.addAll(genericOnly);
        return new ArrayList<>(out);
    }

    private static Set<String> blocks(List<String> tokens) {
        Set<String> blocks = new LinkedHashSet<>();
        List<String> distinctive = NameMatcher.distinctive(tokens);
        String together = String.join("", distinctive);
        if (distinctive.size() > 1 && together.length() > 3 && !NameNormalizer.han(together)) {
            blocks.add(together.substring(0, 3)); // "Hi Silicon" finds "HiSilicon"
        }
        for (String t : distinctive) {
            if (NameNormalizer.han(t)) {
                // every two characters in a row: a core found within another (海康威视 in 杭州海康威视数字) shares them
                if (t.length() == 1) {
                    blocks.add(t);
                }
                for (int i = 0; i + 2 <= t.length(); i++) {
                    blocks.add(t.substring(i, i + 2));
                }
            } else if (t.length() <= 3) {
                blocks.add(t); // short tokens must be equal anyway
            } else {
                // the first three letters; and two skip-grams, so that a typo in the second or third letter still finds it
                blocks.add(t.substring(0, 3));
                blocks.add(t.charAt(0) + "_" + t.charAt(2) + t.charAt(3));
                blocks.add(t.substring(0, 2) + "_" + t.charAt(3));
            }
        }
        return blocks;
    }
}
