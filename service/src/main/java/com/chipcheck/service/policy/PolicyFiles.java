package com.chipcheck.service.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
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

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public PolicyFiles(Path dataDir) {
        this.dir = dataDir.resolve("policy");
    }

    public synchronized void keep(byte[] xlsx, PolicyVersion version) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(version.version() + ".xlsx");
            if (!Files.exists(file)) {
                Files.write(file, xlsx);
            }
            Files.writeString(dir.resolve("versions.jsonl"), json.writeValueAsString(version) + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            Path tmp = dir.resolve("current.tmp");
            Files.writeString(tmp, file.getFileName().toString());
            Files.move(tmp, dir.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the policy under " + dir, e);
        }
    }

    public Optional<byte[]> current() {
        Path pointer = dir.resolve("current");
        try {
            return Files.exists(pointer) ? Optional.of(Files.readAllBytes(dir.resolve(Files.readString(pointer).trim()))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the current policy under " + dir, e);
        }
    }

    public List<PolicyVersion> versions() {
        Path log = dir.resolve("versions.jsonl");
        List<PolicyVersion> out = new ArrayList<>();
        try {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    if (!line.isBlank()) {
                        out.add(json.readValue(line, PolicyVersion.class));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}
