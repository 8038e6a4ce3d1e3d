package com.chipcheck.service.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A folder that keeps every version of a file put in use, as uploaded, with a log of the versions and a pointer
 * to the current one (moved last, atomically), so that a restart uses the same version and any past one can be
 * fetched: the screening lists and the procurement policy.
 *
 * @param <V> the log record of one version
 */
public final class KeptFiles<V> {

    private final Path dir;
    private final JsonLines<V> log;

    public KeptFiles(Path dir, Class<V> versionType) {
        this.dir = dir;
        this.log = new JsonLines<>(dir.resolve("versions.jsonl"), versionType);
    }

    /** Stores the file under its name (once), logs the version and makes the file the current one. */
    public synchronized void keep(String fileName, byte[] content, V version) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName);
            if (!Files.exists(file)) {
                Files.write(file, content);
            }
            log.append(version);
            Path tmp = dir.resolve("current.tmp");
            Files.writeString(tmp, fileName);
            Files.move(tmp, dir.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + fileName + " under " + dir, e);
        }
    }

    /** The current file, if one was ever put in use. */
    public Optional<Path> current() {
        Path pointer = dir.resolve("current");
        try {
            return Files.exists(pointer) ? Optional.of(dir.resolve(Files.readString(pointer).trim())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the current file under " + dir, e);
        }
    }

    public List<V> versions() {
        return log.readAll();
    }
}
