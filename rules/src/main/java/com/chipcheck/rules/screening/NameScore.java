package com.chipcheck.rules.screening;

import java.util.List;

/**
 * How similar a party's name is to one name of a list entry, and why.
 *
 * @param tokenPairs each distinctive token of the party with its closest entry token and their similarity
 * @param forward    mean similarity of the party's distinctive tokens to the entry's
 * @param backward   mean similarity of the entry's distinctive tokens to the party's
 * @param compact    similarity of the distinctive tokens run together (catches "Zhi Pu" / "Zhipu"), 0 if unused
 */
public record NameScore(double score, String method, List<String> tokenPairs, double forward, double backward,
                        double compact) {

    static final NameScore NONE = new NameScore(0, "no tokens in common", List.of(), 0, 0, 0);

    public String explain() {
        return String.format(java.util.Locale.ROOT, "%s; tokens %s; forward %.3f, backward %.3f%s", method,
                tokenPairs, forward, backward, compact > 0 ? String.format(java.util.Locale.ROOT, ", run-together %.3f", compact) : "");
    }
}
