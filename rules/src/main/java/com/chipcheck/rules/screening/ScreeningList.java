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
 * each distinctive token's first two letters, and on its first and third (a typo in the second letter), then
 * scored in full. A name whose every distinctive token differs in its first letter is not found: Jaro-Winkler
 * weights the prefix, so it would not score high anyway.
 */
public final class ScreeningList {

    public static final ScreeningList EMPTY = new ScreeningList(ListVersion.NONE, List.of());

    /** One name of an entry, tokenised. */
    record IndexedName(ListEntry entry, String name, List<String> tokens) {
    }

    private final ListVersion version;
    private final List<ListEntry> entries;
    private final Map<String, List<IndexedName>> byBlock = new HashMap<>();
    private final List<IndexedName> genericOnly = new ArrayList<>();

    public ScreeningList(ListVersion version, List<ListEntry> entries) {
        this.version = version;
        this.entries = List.copyOf(entries);
        for (ListEntry e : this.entries) {
            for (String name : e.allNames()) {
                IndexedName indexed = new IndexedName(e, name, NameNormalizer.tokens(name));
                Set<String> blocks = blocks(indexed.tokens());
                if (blocks.isEmpty()) {
                    genericOnly.add(indexed);
                }
                blocks.forEach(b -> byBlock.computeIfAbsent(b, k -> new ArrayList<>()).add(indexed));
            }
        }
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
        Set<IndexedName> out = new LinkedHashSet<>();
        for (String block : blocks(partyTokens)) {
            out.addAll(byBlock.getOrDefault(block, List.of()));
        }
        out.addAll(genericOnly);
        return new ArrayList<>(out);
    }

    private static Set<String> blocks(List<String> tokens) {
        Set<String> blocks = new LinkedHashSet<>();
        List<String> distinctive = NameMatcher.distinctive(tokens);
        for (String t : distinctive) {
            if (NameNormalizer.han(t)) {
                blocks.add(t.substring(0, 1));
            } else {
                blocks.add(t.substring(0, Math.min(2, t.length())));
                if (t.length() > 2) {
                    blocks.add(t.charAt(0) + "_" + t.charAt(2)); // a typo in the second letter still finds the name
                }
            }
        }
        return blocks;
    }
}
