package com.chipcheck.rules.screening;

import java.util.List;

/**
 * The screening of one party of a line.
 *
 * @param role       END_USER, ULTIMATE_CONSIGNEE, INTERMEDIATE_CONSIGNEE or PURCHASER
 * @param suppressed entries set aside by a reviewed false positive still in force (kept for the record)
 * @param lookAlikes what {@link LookAlikes} found in the name: words mixing scripts, or written in letters that imitate
 *                   Latin ones (null when none); the name was screened as read in Latin letters, and the line is held
 */
public record PartyScreening(String role, String name, String country, String listVersion, List<ScreeningHit> hits,
                             List<String> suppressed, String lookAlikes) {

    public PartyScreening {
        hits = List.copyOf(hits);
        suppressed = List.copyOf(suppressed);
    }

    public PartyScreening(String role, String name, String country, String listVersion, List<ScreeningHit> hits, List<String> suppressed) {
        this(role, name, country, listVersion, hits, suppressed, null);
    }
}
