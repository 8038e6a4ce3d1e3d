package com.chipcheck.service.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Once, when a database first gets the shared-state tables: the versions a single service kept under its data folder
 * (screening lists, policy tables, reviewed false positives) are copied into them, in the order they were put in use,
 * with the same one in use; from then on the database is the authority and the folder a copy. Flyway runs it once for
 * all replicas (its history table is locked while it migrates).
 */
@Component
public class V11__Kept_files_into_database extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;

    public V11__Kept_files_into_database(@Value("${chipcheck.data-dir}") Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        copyVersions(c, "LIST", dataDir.resolve("lists"), "id", v -> v.get("id").asText() + extension(v.path("fileName").asText()));
        copyVersions(c, "POLICY", dataDir.resolve("policy"), "version", v -> v.get("version").asText() + ".xlsx");
        Path fps = dataDir.resolve("screening").resolve("false-positives.jsonl");
        if (Files.exists(fps)) {
            for (String line : Files.readAllLines(fps)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode fp = JSON.readTree(line);
                String at = fp.hasNonNull("approvedAt") ? fp.get("approvedAt").asText() : fp.path("recordedAt").asText(Instant.EPOCH.toString());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO false_positive_event (id, state_json, at) VALUES (?, ?, ?)")) {
                    ps.setString(1, fp.get("id").asText());
                    ps.setString(2, line);
                    ps.setTimestamp(3, Timestamp.from(Instant.parse(at)));
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void copyVersions(Connection c, String area, Path dir, String nameField,
                                     java.util.function.Function<JsonNode, String> fileOf) throws Exception {
        Path log = dir.resolve("versions.jsonl");
        Path pointer = dir.resolve("current");
        if (!Files.exists(log) || !Files.exists(pointer)) {
            return;
        }
        String current = Files.readString(pointer).trim();
        Long currentSeq = null;
        List<String> lines = Files.readAllLines(log);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode v = JSON.readTree(line);
            Path file = dir.resolve(fileOf.apply(v));
            if (!Files.exists(file)) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kept_version (area, name, content, version_json, kept_at) VALUES (?, ?, ?, ?, ?)",
                    new String[] {"seq"})) {
                ps.setString(1, area);
                ps.setString(2, v.get(nameField).asText());
                ps.setBytes(3, Files.readAllBytes(file));
                ps.setString(4, line);
                ps.setTimestamp(5, Timestamp.from(v.hasNonNull("loadedAt") ? Instant.parse(v.get("loadedAt").asText()) : Instant.EPOCH));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    if (file.getFileName().toString().equals(current)) {
                        currentSeq = keys.getLong(1);
                    }
                }
            }
        }
        if (currentSeq != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kept_current (area, version_seq) VALUES (?, ?)")) {
                ps.setString(1, area);
                ps.setLong(2, currentSeq);
                ps.executeUpdate();
            }
        }
    }

    private static String extension(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? ".csv" : ".json";
    }
}
