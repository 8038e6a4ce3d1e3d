package com.chipcheck.rules.screening;

import java.time.Instant;
import java.util.Map;

/**
 * Identifies one load of the screening list: every decision that used it names {@code id}.
 *
 * @param id      "csl-" + the first 12 hex digits of the SHA-256 of the file as loaded
 * @param bySource entries per list (Entity List, SDN, ...)
 * @param forced  the load was refused by the integrity guard and forced by a compliance officer
 */
public record ListVersion(String id, String sha256, String fileName, int records, Map<String, Integer> bySource,
                          Instant loadedAt, String loadedBy, boolean forced) {

    public static final ListVersion NONE = new ListVersion("none", "", "", 0, Map.of(), Instant.EPOCH, "", false);

    public ListVersion {
        bySource = Map.copyOf(bySource);
    }
}
