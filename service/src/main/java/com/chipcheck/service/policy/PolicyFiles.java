package com.chipcheck.service.policy;

import com.chipcheck.service.shared.KeptVersions;
import com.chipcheck.service.shared.SharedVersions;

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

    /** One version of the policy. */
    public record PolicyVersion(String version, Instant loadedAt, String loadedBy, int tables) {
    }

    private final KeptVersions<PolicyVersion> kept;

    private PolicyFiles(Path dataDir, SharedVersions shared) {
        this.kept = new KeptVersions<>("POLICY", PolicyVersion.class, dataDir.resolve("policy"), shared, PolicyVersion::version,
                v -> v.version() + ".xlsx", PolicyVersion::loadedAt);
    }

    public static PolicyFiles shared(SharedVersions shared, Path dataDir) {
        return new PolicyFiles(dataDir, shared);
    }

    public static PolicyFiles local(Path dataDir) {
        return new PolicyFiles(dataDir, null);
    }

    public void keep(byte[] xlsx, PolicyVersion version) {
        kept.keep(xlsx, version);
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

    public List<PolicyVersion> versions() {
        return kept.versions();
    }
}
