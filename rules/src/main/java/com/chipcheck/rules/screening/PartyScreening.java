package com.chipcheck.rules.screening;

import java.util.List;

/**
 * The screening of one party of a line.
 *
 * @param role       END_USER, ULTIMATE_CONSIGNEE, INTERMEDIATE_CONSIGNEE or PURCHASER
 * @param suppressed entries set aside by a reviewed false positive still in force (kept for the record)
 */
public record PartyScreening(String role, String name, String country, String listVersion, List<ScreeningHit> hits,
                             List<String> suppressed) {

    public PartyScreening {
        hits = List.copyOf(hits);
        suppressed = List.copyOf(suppressed);
    }
}
