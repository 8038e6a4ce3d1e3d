package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.service.system.KeptFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps every list file that was put in use, as loaded, under {@code <data-dir>/lists/}, with a log of the
 * versions (forced loads marked) and a pointer to the current one, so that a restart serves the same version and
 * an auditor can fetch the exact file a decision was screened against.
 */
public final class ListFiles {

    private final KeptFiles<ListVersion> files;

    public ListFiles(Path dataDir) {
        this.files = new KeptFiles<>(dataDir.resolve("lists"), ListVersion.class);
    }

    /** Stores an accepted file and makes it the current one. */
    public void keep(byte[] content, ListVersion version) {
        files.keep(version.id() + extension(version.fileName()), content, version);
    }

    /** The list in use before the last restart, re-read from its file (its version id is its content hash). */
    public Optional<ScreeningList> current() {
        return files.current().map(file -> {
            try {
                List<ListVersion> versions = files.versions();
                ListVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
                byte[] content = Files.readAllBytes(file);
                return CslReader.read(content, last == null ? file.getFileName().toString() : last.fileName(),
                        last == null ? Files.getLastModifiedTime(file).toInstant() : last.loadedAt(),
                        last == null ? "" : last.loadedBy(), last != null && last.forced());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the current list " + file, e);
            }
        });
    }

    public List<ListVersion> versions() {
        return files.versions();
    }

    private static String extension(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".json";
    }
}
