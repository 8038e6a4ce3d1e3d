package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.FalsePositive;
import com.chipcheck.rules.screening.FalsePositiveRegister;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reviewed false positives in the database every replica shares, one row per state (recorded, then approved): nothing
 * is edited or deleted, and the last row of an id is its state. What this replica screens with is a copy, brought up to
 * date by {@link #refresh()} (polled) and after each change made here; {@link #revision()} is the last row read, so
 * that screening memos made before a change are not used after it.
 */
public final class JdbcFalsePositiveRegister implements FalsePositiveRegister {

    private final JdbcTemplate jdbc;
    private volatile List<FalsePositive> all = List.of();
    private volatile long revision = -1;

    public JdbcFalsePositiveRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        refresh();
    }

    public void record(FalsePositive fp) {
        append(fp);
        refresh();
    }

    /** Approves a recorded false positive; returns it approved, or null if there is no such one. */
    public synchronized FalsePositive approve(String id, String by, java.time.Instant at) {
        FalsePositive fp = find(id).orElse(null);
        if (fp == null) {
            return null;
        }
        FalsePositive approved = fp.approved(by, at);
        append(approved);
        refresh();
        return approved;
    }

    /** A false positive as it stands now, whichever replica recorded it. */
    public Optional<FalsePositive> find(String id) {
        refresh();
        return all.stream().filter(fp -> fp.id().equals(id)).findFirst();
    }

    @Override
    public List<FalsePositive> all() {
        return new ArrayList<>(all);
    }

    @Override
    public long revision() {
        return revision;
    }

    /** Reads the register again if another replica (or this one) added to it since; cheap when nothing changed. */
    public synchronized void refresh() {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM false_positive_event", Long.class);
        long now = last == null ? 0 : last;
        if (now == revision) {
            return;
        }
        LinkedHashMap<String, FalsePositive> latest = new LinkedHashMap<>();
        jdbc.query("SELECT state_json FROM false_positive_event WHERE seq <= ? ORDER BY seq", rs -> {
            FalsePositive fp = read(rs.getString(1));
            latest.put(fp.id(), fp);
        }, now);
        all = List.copyOf(latest.values());
        revision = now;
    }

    private void append(FalsePositive fp) {
        jdbc.update("INSERT INTO false_positive_event (id, state_json, at) VALUES (?, ?, ?)", fp.id(), com.chipcheck.service.system.KeptJson.write(fp),
                Timestamp.from(fp.approvedAt() != null ? fp.approvedAt() : fp.recordedAt()));
    }

    private static FalsePositive read(String json) {
        return com.chipcheck.service.system.KeptJson.read(json, FalsePositive.class);
    }
}
