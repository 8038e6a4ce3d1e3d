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
 * nothing is edited or deleted; an approval is a later line of the same id, and a review ends by its expiry or by a
 * change of the list entry.
 */
public final class FileFalsePositiveRegister implements FalsePositiveRegister {

    private final JsonLines<FalsePositive> file;
    private final List<FalsePositive> all;
    private final AtomicLong revision = new AtomicLong();

    public FileFalsePositiveRegister(Path dataDir) {
        this.file = new JsonLines<>(dataDir.resolve("screening").resolve("false-positives.jsonl"), FalsePositive.class);
        java.util.LinkedHashMap<String, FalsePositive> latest = new java.util.LinkedHashMap<>();
        file.readAll().forEach(fp -> latest.put(fp.id(), fp)); // the last line of an id is its state
        this.all = new CopyOnWriteArrayList<>(latest.values());
    }

    public synchronized void record(FalsePositive fp) {
        file.append(fp);
        all.add(fp);
        revision.incrementAndGet();
    }

    /** Approves a recorded false positive; returns it approved, or null if there is no such one. */
    public synchronized FalsePositive approve(String id, String by, java.time.Instant at) {
        for (int i = 0; i < all.size(); i++) {
            FalsePositive fp = all.get(i);
            if (fp.id().equals(id)) {
                FalsePositive approved = fp.approved(by, at);
                file.append(approved);
                all.set(i, approved);
                revision.incrementAndGet();
                return approved;
            }
        }
        return null;
    }

    public java.util.Optional<FalsePositive> find(String id) {
        return all.stream().filter(fp -> fp.id().equals(id)).findFirst();
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
