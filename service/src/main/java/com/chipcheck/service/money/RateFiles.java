package com.chipcheck.service.money;

import com.chipcheck.service.shared.KeptVersions;
import com.chipcheck.service.shared.SharedVersions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every exchange-rate table put in use, kept as uploaded with a log of versions, like the policy table: in the database
 * every replica shares for the service; {@code <data-dir>/exchange-rates/} is a copy for the command-line modes.
 */
public final class RateFiles {

    /** One version of the table. */
    public record RatesVersion(String version, Instant loadedAt, String loadedBy, int rows) {
    }

    private final KeptVersions<RatesVersion> kept;

    private RateFiles(Path dataDir, SharedVersions shared) {
        this.kept = new KeptVersions<>("RATES", RatesVersion.class, dataDir.resolve("exchange-rates"), shared, RatesVersion::version,
                v -> v.version() + ".csv", RatesVersion::loadedAt);
    }

    public static RateFiles shared(SharedVersions shared, Path dataDir) {
        return new RateFiles(dataDir, shared);
    }

    public static RateFiles local(Path dataDir) {
        return new RateFiles(dataDir, null);
    }

    public void keep(byte[] csv, RatesVersion version) {
        kept.keep(csv, version);
    }

    public Optional<byte[]> current() {
        return kept.current().map(KeptVersions.Current::content);
    }

    public String currentName() {
        return kept.currentName();
    }

    public Long currentSeq() {
        return kept.currentSeq();
    }

    public List<RatesVersion> versions() {
        return kept.versions();
    }
}
