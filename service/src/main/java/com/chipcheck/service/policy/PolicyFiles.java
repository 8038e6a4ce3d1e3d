package com.chipcheck.service.policy;

import com.chipcheck.service.shared.SharedVersions;
import com.chipcheck.service.system.KeptFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every procurement policy table put in use, kept as uploaded, with a log of versions and which one is in use, so that
 * a restart uses the same policy and any past one can be fetched. The service keeps them in the database every replica
 * shares; {@code <data-dir>/policy/} is a copy for the command-line modes of this machine, never the authority.
 */
public final class PolicyFiles {

    static final String AREA = "POLICY";
    /** One version of the policy. */
    public record PolicyVersion(String version, Instant loadedAt, String loadedBy, int tables) {
    }

    private final KeptFiles<PolicyVersion> cache;
    private final SharedVersions shared; // null: the command line, reading this machine's copy

    private PolicyFiles(Path dataDir, SharedVersions shared) {
        this.cache = new KeptFiles<>(dataDir.resolve("policy"), PolicyVersion.class);
        this.shared = shared;
    }

    public static PolicyFiles shared(SharedVersions shared, Path dataDir) {
        return new PolicyFiles(dataDir, shared);
    }

    public static PolicyFiles local(Path dataDir) {
        return new PolicyFiles(dataDir, null);
    }

    public void keep(byte[] xlsx, PolicyVersion version) {
        if (shared != null) {
            shared.keep(AREA, version.version(), xlsx, write(version), version.loadedAt());
        }
        cache.keep(version.version() + ".xlsx", xlsx, version);
    }

    public Optional<byte[]> current() {
        if (shared != null) {
            return shared.current(AREA).map(SharedVersions.Kept::content);
        }
        return cache.current().map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the current policy " + file, e);
            }
        });
    }

    /** The name (version id) of the version in use, or null. */
    public String currentName() {
        return shared == null ? null : shared.current(AREA).map(SharedVersions.Kept::name).orElse(null);
    }

    /** Which kept version is in use (null if none): what a replica polls. */
    public Long currentSeq() {
        return shared == null ? null : shared.currentSeq(AREA);
    }

    public List<PolicyVersion> versions() {
        return shared != null ? shared.log(AREA).stream().map(PolicyFiles::read).toList() : cache.versions();
    }

    private static String write(PolicyVersion v) {
        return com.chipcheck.service.system.KeptJson.write(v);
    }

    private static PolicyVersion read(String json) {
        return com.chipcheck.service.system.KeptJson.read(json, PolicyVersion.class);
    }
}
