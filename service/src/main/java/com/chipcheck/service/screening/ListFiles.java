package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.service.shared.SharedVersions;
import com.chipcheck.service.system.KeptFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every list file that was put in use, as loaded, with a log of the versions (forced loads marked) and which one is in
 * use, so that a restart serves the same version and an auditor can fetch the exact file a decision was screened
 * against. The service keeps them in the database every replica shares; {@code <data-dir>/lists/} is a copy for the
 * command-line modes of this machine, never the authority.
 */
public final class ListFiles {

    static final String AREA = "LIST";
    private final KeptFiles<ListVersion> cache;
    private final SharedVersions shared; // null: the command line, reading this machine's copy

    private ListFiles(Path dataDir, SharedVersions shared) {
        this.cache = new KeptFiles<>(dataDir.resolve("lists"), ListVersion.class);
        this.shared = shared;
    }

    /** The service's: the database is the authority, the data folder a copy. */
    public static ListFiles shared(SharedVersions shared, Path dataDir) {
        return new ListFiles(dataDir, shared);
    }

    /** The command line's: the copy kept under the data folder of this machine. */
    public static ListFiles local(Path dataDir) {
        return new ListFiles(dataDir, null);
    }

    /** Stores an accepted file and makes it the current one. */
    public void keep(byte[] content, ListVersion version) {
        if (shared != null) {
            shared.keep(AREA, version.id(), content, write(version), version.loadedAt());
        }
        cache.keep(version.id() + extension(version.fileName()), content, version);
    }

    /** The list in use, re-read from its file as loaded (its version id is its content hash). */
    public Optional<ScreeningList> current() {
        if (shared != null) {
            return shared.current(AREA).map(k -> parse(k.content(), read(k.versionJson())));
        }
        return cache.current().map(file -> {
            try {
                List<ListVersion> versions = cache.versions();
                return parse(Files.readAllBytes(file), versions.isEmpty() ? null : versions.get(versions.size() - 1));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the current list " + file, e);
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

    public List<ListVersion> versions() {
        return shared != null ? shared.log(AREA).stream().map(ListFiles::read).toList() : cache.versions();
    }

    private static ScreeningList parse(byte[] content, ListVersion v) {
        return CslReader.read(content, v == null ? "list" : v.fileName(), v == null ? java.time.Instant.EPOCH : v.loadedAt(),
                v == null ? "" : v.loadedBy(), v != null && v.forced());
    }

    static String write(ListVersion v) {
        return com.chipcheck.service.system.KeptJson.write(v);
    }

    static ListVersion read(String json) {
        return com.chipcheck.service.system.KeptJson.read(json, ListVersion.class);
    }

    static String extension(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".json";
    }
}
