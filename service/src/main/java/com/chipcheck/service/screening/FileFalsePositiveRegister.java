package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.FalsePositive;
import com.chipcheck.rules.screening.FalsePositiveRegister;
import com.chipcheck.service.system.JsonLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reviewed false positives, appended one JSON line each to {@code <data-dir>/screening/false-positives.jsonl}:
 * nothing is edited or deleted; a review ends by its expiry or by a change of the list entry.
 */
public final class FileFalsePositiveRegister implements FalsePositiveRegister {

    private final JsonLines<FalsePositive> file;
    private final List<FalsePositive> all;
    private final AtomicLong revision = new AtomicLong();

    public FileFalsePositiveRegister(Path dataDir) {
        this.file = new JsonLines<>(dataDir.resolve("screening").resolve("false-positives.jsonl"), FalsePositive.class);
        this.all = new CopyOnWriteArrayList<>(file.readAll());
    }

    public synchronized void record(FalsePositive fp) {
        file.append(fp);
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
