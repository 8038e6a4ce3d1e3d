package com.chipcheck.rules.screening;

/**
 * A list entry a party may be.
 *
 * @param matchedName the entry's name or alias that scored best
 * @param explanation which tokens matched, the sub-scores and the country check
 */
public record ScreeningHit(ListEntry entry, String matchedName, double score, Certainty certainty, String explanation) {
}
