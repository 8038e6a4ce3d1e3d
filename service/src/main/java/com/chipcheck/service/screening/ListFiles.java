package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.service.shared.KeptVersions;
import com.chipcheck.service.shared.SharedVersions;

import java.nio.file.Path;
import java.time.Instant;
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

    private final KeptVersions<ListVersion> kept;

    private ListFiles(Path dataDir, SharedVersions shared) {
        this.kept = new KeptVersions<>(AREA, ListVersion.class, dataDir.resolve("lists"), shared, ListVersion::id,
                v -> v.id() + (v.fileName() != null && v.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".json"),
                ListVersion::loadedAt);
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
        kept.keep(content, version);
    }

    /** The list in use, re-read from its file as loaded (its version id is its content hash). */
    public Optional<ScreeningList> current() {
        return kept.current().map(c -> {
            ListVersion v = c.version();
            return CslReader.read(c.content(), v == null ? "list" : v.fileName(), v == null ? Instant.EPOCH : v.loadedAt(),
                    v == null ? "" : v.loadedBy(), v != null && v.forced());
        });
    }

    public String currentName() {
        return kept.currentName();
    }

    public Long currentSeq() {
        return kept.currentSeq();
    }

    public List<ListVersion> versions() {
        return kept.versions();
    }
}
