package com.chipcheck.service.policy;

import com.chipcheck.service.shared.KeptVersions;
import com.chipcheck.service.shared.SharedVersions;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Every procurement policy table put in use, kept as uploaded, with a log of versions and which one is in use, so that
 * a restart uses the same policy and any past one can be fetched. The service keeps them in the database every replica
 * shares; {@code <data-dir>/policy/} is a copy for the command-line modes of this machine, never the authority.
 */
public final class PolicyFiles {

    /** One version of the policy. */
    public record PolicyVersion(String version, Instant loadedAt, String loadedBy, int tables) {
    }

    private PolicyFiles() {
    }

    public static KeptVersions<PolicyVersion> shared(SharedVersions shared, Path dataDir) {
        return kept(dataDir, shared);
    }

    public static KeptVersions<PolicyVersion> local(Path dataDir) {
        return kept(dataDir, null);
    }

    private static KeptVersions<PolicyVersion> kept(Path dataDir, SharedVersions shared) {
        return new KeptVersions<>("POLICY", PolicyVersion.class, dataDir.resolve("policy"), shared, PolicyVersion::version,
                v -> v.version() + ".xlsx", PolicyVersion::loadedAt);
    }
}
