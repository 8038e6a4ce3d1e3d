package com.chipcheck.service.policy;

import com.chipcheck.service.system.KeptFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every procurement policy table put in use, kept as uploaded under {@code <data-dir>/policy/}, with a log of versions
 * and a pointer to the current one, so that a restart uses the same policy and any past one can be fetched.
 */
public final class PolicyFiles {

    /** One version of the policy. */
    public record PolicyVersion(String version, Instant loadedAt, String loadedBy, int tables) {
    }

    private final KeptFiles<PolicyVersion> files;

    public PolicyFiles(Path dataDir) {
        this.files = new KeptFiles<>(dataDir.resolve("policy"), PolicyVersion.class);
    }

    public void keep(byte[] xlsx, PolicyVersion version) {
        files.keep(version.version() + ".xlsx", xlsx, version);
    }

    public Optional<byte[]> current() {
        return files.current().map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the current policy " + file, e);
            }
        });
    }

    public List<PolicyVersion> versions() {
        return files.versions();
    }
}
