package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every list file that was put in use, as loaded, under {@code <data-dir>/lists/}, with a log of the
 * versions (one JSON line each, forced loads marked) and a pointer to the current one, so that a restart serves
 * the same version and an auditor can fetch the exact file a decision was screened against.
 */
public final class ListFiles {

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public ListFiles(Path dataDir) {
        this.dir = dataDir.resolve("lists");
    }

    /** Stores an accepted file and makes it the current one; the pointer moves last, atomically. */
    public synchronized void keep(byte[] content, ListVersion version) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(version.id() + extension(version.fileName()));
            if (!Files.exists(file)) {
                Files.write(file, content);
            }
            Files.writeString(dir.resolve("versions.jsonl"), json.writeValueAsString(version) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Path tmp = dir.resolve("current.tmp");
            Files.writeString(tmp, file.getFileName().toString());
            Files.move(tmp, dir.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the list file under " + dir, e);
        }
    }

    /** The list in use before the last restart, re-read from its file (its version id is its content hash). */
    public Optional<ScreeningList> current() {
        Path pointer = dir.resolve("current");
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            Path file = dir.resolve(Files.readString(pointer).trim());
            List<ListVersion> versions = versions();
            ListVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            byte[] content = Files.readAllBytes(file);
            return Optional.of(CslReader.read(content, last == null ? file.getFileName().toString() : last.fileName(),
                    last == null ? Files.getLastModifiedTime(file).toInstant() : last.loadedAt(),
                    last == null ? "" : last.loadedBy(), last != null && last.forced()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the current list under " + dir, e);
        }
    }

    public List<ListVersion> versions() {
        Path log = dir.resolve("versions.jsonl");
        List<ListVersion> out = new ArrayList<>();
        if (!Files.exists(log)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(log)) {
                if (!line.isBlank()) {
                    out.add(json.readValue(line, ListVersion.class));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    private static String extension(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? ".csv" : ".json";
    }
}
