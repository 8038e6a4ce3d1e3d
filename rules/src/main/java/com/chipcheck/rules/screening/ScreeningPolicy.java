package com.chipcheck.rules.screening;

import java.util.Locale;
import java.util.Map;

/**
 * Thresholds per list. A score at or above {@code match} is a hit; at or above {@code review}, a possible hit
 * that holds the line for a person. A party whose country is known and is none of the entry's countries has
 * its score multiplied by {@code countryMismatchFactor} (names are shared across countries; addresses are not).
 */
public record ScreeningPolicy(Thresholds defaults, Map<String, Thresholds> perList, double countryMismatchFactor) {

    public record Thresholds(double match, double review) {
        public Thresholds {
            if (!(review > 0 && review <= match && match <= 1)) {
                throw new IllegalArgumentException("thresholds need 0 < review <= match <= 1, got " + review + " and " + match);
            }
        }
    }

    /** Measured on the labelled evaluation set (docs/screening.md). */
    public static final ScreeningPolicy DEFAULT = new ScreeningPolicy(new Thresholds(0.92, 0.84), Map.of(), 0.93);

    public ScreeningPolicy {
        perList = Map.copyOf(perList);
    }

    /** The lowest review threshold of any list: below it no score matters. */
    public double lowestReview() {
        return Math.min(defaults.review(), perList.values().stream().mapToDouble(Thresholds::review).min().orElse(1.0));
    }

    public Thresholds thresholds(String source) {
        if (source != null) {
            for (Map.Entry<String, Thresholds> e : perList.entrySet()) {
                if (source.toLowerCase(Locale.ROOT).startsWith(e.getKey().toLowerCase(Locale.ROOT))) {
                    return e.getValue();
                }
            }
        }
        return defaults;
    }
}
