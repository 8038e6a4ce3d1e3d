package com.chipcheck.rules.screening;

import java.util.List;

/** A name tokenised once, with what every comparison needs: distinctive tokens, weights, the run-together forms. */
record PreparedName(List<String> tokens, List<String> distinctive, double[] weights, String allTogether,
                    String distinctiveTogether, List<String> spelled, List<String> distinctiveSpelled) {

    static PreparedName of(List<String> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = NameNormalizer.weight(tokens.get(i));
        }
        List<String> distinctive = NameMatcher.distinctive(tokens);
        // the spelling-folded form of each token, once per name rather than once per comparison
        return new PreparedName(List.copyOf(tokens), distinctive, w, String.join("", tokens), String.join("", distinctive),
                tokens.stream().map(NameMatcher::spelling).toList(), distinctive.stream().map(NameMatcher::spelling).toList());
    }
}
