package com.chipcheck.rules.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a party name against a list name, token by token (docs/screening.md):
 * <ul>
 * <li>Legal forms are gone already. Generic words ("technology", "group") count half a distinctive word and place
 *     names a tenth, and a score needs a distinctive word in common (similarity 0.85 or more): generic words
 *     alone never make a hit. A name of generic words only must equal the list name token for token.</li>
 * <li>Each token is compared with the closest token of the other name by Jaro-Winkler; a token of three
 *     characters or fewer must be equal (short names need exact tokens), and Chinese-character tokens must be
 *     equal or one must contain the other (scored 0.9).</li>
 * <li>Each direction (party to entry, entry to party) is a weighted mean; the token score is halfway between
 *     the mean of both directions and the weaker one, so a distinctive word on one side only costs. The whole
 *     names run together are also compared by edit distance (transliteration spacing: "Zhi Pu Hua Zhang" /
 *     "Zhipu Huazhang"); the higher of the two is the score.</li>
 * </ul>
 */
public final class NameMatcher {

    private static final int SHORT = 3;
    private static final int COMPACT_MIN = 6;
    private static final double DISTINCTIVE_MIN = 0.85;

    private NameMatcher() {
    }

    public static NameScore score(List<String> party, List<String> entry) {
        return score(PreparedName.of(party), PreparedName.of(entry), 0, true);
    }

    /**
     * @param floor   a score below this is of no interest: comparisons that cannot reach it stop early (0 for none)
     * @param explain collect the token pairs for the explanation (costly; only for hits)
     */
    static NameScore score(PreparedName party, PreparedName entry, double floor, boolean explain) {
        if (party.tokens().isEmpty() || entry.tokens().isEmpty()) {
            return NameScore.NONE;
        }
        List<String> p = party.distinctive();
        List<String> e = entry.distinctive();
        if (p.isEmpty() || e.isEmpty()) {
            boolean same = party.tokens().equals(entry.tokens());
            return new NameScore(same ? 1.0 : 0.0, "generic words only: the whole name must be equal", List.of(),
                    same ? 1 : 0, same ? 1 : 0, 0);
        }
        double distinctiveBest = 0;
        for (String t : p) {
            for (String u : e) {
                distinctiveBest = Math.max(distinctiveBest, token(t, u));
            }
        }
        List<String> pairs = explain ? new ArrayList<>() : null;
        double forward = 0;
        double backward = 0;
        double tokens = 0;
        if (distinctiveBest >= DISTINCTIVE_MIN) {
            forward = direction(party, entry, pairs);
            backward = direction(entry, party, null);
            // between the mean and the weaker direction: a distinctive word on one side only costs more than in a plain mean
            tokens = ((forward + backward) / 2 + Math.min(forward, backward)) / 2;
            if (!explain && floor > 0 && tokens >= floor) {
                return new NameScore(tokens, "token Jaro-Winkler", List.of(), forward, backward, 0); // enough to pass
            }
        } else if (explain) {
            forward = direction(party, entry, pairs);
            backward = direction(entry, party, null);
        }
        double compact = Math.max(runTogether(party.allTogether(), entry.allTogether(), floor),
                p.size() != e.size() ? runTogether(party.distinctiveTogether(), entry.distinctiveTogether(), floor) : 0);
        boolean useCompact = compact > tokens;
        String method = useCompact ? "run-together names"
                : distinctiveBest >= DISTINCTIVE_MIN ? "token Jaro-Winkler" : "no distinctive token in common";
        return new NameScore(useCompact ? compact : tokens, method, pairs == null ? List.of() : pairs, forward, backward, compact);
    }

    /** Weighted mean similarity of each token of {@code from} to its closest token of {@code to}. */
    private static double direction(PreparedName from, PreparedName to, List<String> pairs) {
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < from.tokens().size(); i++) {
            String t = from.tokens().get(i);
            String best = null;
            double bestScore = 0;
            for (String u : to.tokens()) {
                double s = token(t, u);
                if (s > bestScore) {
                    bestScore = s;
                    best = u;
                }
            }
            sum += from.weights()[i] * bestScore;
            weights += from.weights()[i];
            if (pairs != null) {
                pairs.add(t + "~" + (best == null ? "-" : best) + String.format(Locale.ROOT, " %.2f", bestScore));
            }
        }
        return sum / weights;
    }

    /** Two names run together, compared by edit distance; 0 if too short, or if the lengths alone rule out {@code floor}. */
    private static double runTogether(String a, String b, double floor) {
        if (a.length() < COMPACT_MIN || b.length() < COMPACT_MIN || NameNormalizer.han(a) || NameNormalizer.han(b)) {
            return 0;
        }
        if ((double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length()) < floor) {
            return 0; // the edit distance is at least the difference in length
        }
        return levenshteinSimilarity(a, b, floor);
    }

    /**
     * 1 - edit distance / longer length: not biased to the prefix as Jaro-Winkler is, for whole names run together.
     * Returns 0 as soon as no alignment can reach {@code floor} (every cell of a row is already too far).
     */
    static double levenshteinSimilarity(String a, String b, double floor) {
        int longer = Math.max(a.length(), b.length());
        int limit = (int) Math.floor(longer * (1.0 - floor));
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return 0;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / longer;
    }

    static List<String> distinctive(List<String> tokens) {
        return tokens.stream().filter(t -> !NameNormalizer.generic(t)).toList();
    }

    static double token(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (NameNormalizer.han(a) || NameNormalizer.han(b)) {
            boolean both = NameNormalizer.han(a) && NameNormalizer.han(b);
            return both && Math.min(a.length(), b.length()) >= 2 && (a.contains(b) || b.contains(a)) ? 0.9 : 0.0;
        }
        if (a.length() <= SHORT || b.length() <= SHORT) {
            return 0.0;
        }
        return JaroWinkler.similarity(a, b);
    }
}
