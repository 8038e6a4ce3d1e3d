package com.chipcheck.service.shared;

import com.chipcheck.service.system.KeptFiles;
import com.chipcheck.service.system.KeptJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The versions of one kind of reference data put in use: in the shared database for the service (the authority),
 * with a copy under the data folder for the command-line modes of this machine; or that copy alone on the command
 * line.
 *
 * @param <V> the log record of one version
 */
public final class KeptVersions<V> {

    private final String area;
    private final Class<V> type;
    private final KeptFiles<V> cache;
    private final SharedVersions shared; // null: the command line, reading this machine's copy
    private final Function<V, String> name;
    private final Function<V, String> fileName;
    private final Function<V, java.time.Instant> at;

    /**
     * @param name     a version's name (its id)
     * @param fileName the name of its file in the data folder's copy
     */
    public KeptVersions(String area, Class<V> type, Path dir, SharedVersions shared, Function<V, String> name, Function<V, String> fileName,
                        Function<V, java.time.Instant> at) {
        this.area = area;
        this.type = type;
        this.cache = new KeptFiles<>(dir, type);
        this.shared = shared;
        this.name = name;
        this.fileName = fileName;
        this.at = at;
    }

    /** Keeps a version as loaded and puts it in use. */
    public void keep(byte[] content, V version) {
        if (shared != null) {
            shared.keep(area, name.apply(version), content, KeptJson.write(version), at.apply(version));
        }
        cache.keep(fileName.apply(version), content, version);
    }

    /** The version in use, as loaded, with its log record (null when only a copy without a log exists). */
    public Optional<Current<V>> current() {
        if (shared != null) {
            return shared.current(area).map(k -> new Current<>(k.content(), KeptJson.read(k.versionJson(), type)));
        }
        return cache.current().map(file -> {
            try {
                List<V> versions = cache.versions();
                return new Current<>(Files.readAllBytes(file), versions.isEmpty() ? null : versions.get(versions.size() - 1));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the current " + area.toLowerCase(java.util.Locale.ROOT) + " " + file, e);
            }
        });
    }

    public record Current<V>(byte[] content, V version) {
    }

    /** The version in use, as loaded (its file's bytes), or empty. */
    public Optional<byte[]> currentContent() {
        return current().map(Current::content);
    }

    /** The name of the version in use, or null. */
    public String currentName() {
        return shared == null ? null : shared.current(area).map(SharedVersions.Kept::name).orElse(null);
    }

    /** Which kept version is in use (null if none): what a replica polls. */
    public Long currentSeq() {
        return shared == null ? null : shared.currentSeq(area);
    }

    public List<V> versions() {
        return shared != null ? shared.log(area).stream().map(j -> KeptJson.read(j, type)).toList() : cache.versions();
    }
}
