package com.chipcheck.service.money;

import com.chipcheck.service.shared.KeptVersions;
import com.chipcheck.service.shared.SharedVersions;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Every exchange-rate table put in use, kept as uploaded with a log of versions, like the policy table: in the database
 * every replica shares for the service; {@code <data-dir>/exchange-rates/} is a copy for the command-line modes.
 */
public final class RateFiles {

    /** One version of the table. */
    public record RatesVersion(String version, Instant loadedAt, String loadedBy, int rows) {
    }

    private RateFiles() {
    }

    public static KeptVersions<RatesVersion> shared(SharedVersions shared, Path dataDir) {
        return kept(dataDir, shared);
    }

    public static KeptVersions<RatesVersion> local(Path dataDir) {
        return kept(dataDir, null);
    }

    private static KeptVersions<RatesVersion> kept(Path dataDir, SharedVersions shared) {
        return new KeptVersions<>("RATES", RatesVersion.class, dataDir.resolve("exchange-rates"), shared, RatesVersion::version,
                v -> v.version() + ".csv", RatesVersion::loadedAt);
    }
}
