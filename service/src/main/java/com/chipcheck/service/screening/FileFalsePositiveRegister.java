package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.FalsePositive;
import com.chipcheck.rules.screening.FalsePositiveRegister;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reviewed false positives, appended one JSON line each to {@code <data-dir>/screening/false-positives.jsonl}:
 * nothing is edited or deleted; a review ends by its expiry or by a change of the list entry.
 */
public final class FileFalsePositiveRegister implements FalsePositiveRegister {

    private final Path file;
    private final List<FalsePositive> all = new CopyOnWriteArrayList<>();
    private final AtomicLong revision = new AtomicLong();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public FileFalsePositiveRegister(Path dataDir) {
        this.file = dataDir.resolve("screening").resolve("false-positives.jsonl");
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        all.add(json.readValue(line, FalsePositive.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    public synchronized void record(FalsePositive fp) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writeValueAsString(fp) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
        all.add(fp);
        revision.incrementAndGet();
    }

    @Override
    public List<FalsePositive> all() {
        return new ArrayList<>(all);
    }

    @Override
    public long revision() {
        return revision.get();
    }
}
