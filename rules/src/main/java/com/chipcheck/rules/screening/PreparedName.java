package com.chipcheck.rules.screening;

import java.util.List;

/** A name tokenised once, with what every comparison needs: distinctive tokens, weights, the run-together forms. */
record PreparedName(List<String> tokens, List<String> distinctive, double[] weights, String allTogether,
                    String distinctiveTogether) {

    static PreparedName of(List<String> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = NameNormalizer.weight(tokens.get(i));
        }
        List<String> distinctive = NameMatcher.distinctive(tokens);
        return new PreparedName(List.copyOf(tokens), distinctive, w, String.join("", tokens), String.join("", distinctive));
    }
}
