package com.chipcheck.service.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a kind of reference data put in use (the screening list, the procurement policy), kept in the
 * database every replica shares: each as loaded, with its log, and which one is in use. A replica polls
 * {@link #currentSeq} to notice that another put a new version in use.
 */
@Component
public class SharedVersions {

    /** A kept version: its content as loaded and the JSON of its log record. */
    public record Kept(long seq, String name, byte[] content, String versionJson) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public SharedVersions(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Keeps a version and puts it in use, in one transaction; returns its sequence number. */
    public long keep(String area, String name, byte[] content, String versionJson, Instant at) {
        return tx.execute(status -> {
            org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.update(c -> {
                java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO kept_version (area, name, content, version_json, kept_at)"
                        + " VALUES (?, ?, ?, ?, ?)", new String[] {"seq"});
                ps.setString(1, area);
                ps.setString(2, name);
                ps.setBytes(3, content);
                ps.setString(4, versionJson);
                ps.setTimestamp(5, Timestamp.from(at));
                return ps;
            }, key);
            long seq = key.getKey().longValue();
            if (jdbc.update("UPDATE kept_current SET version_seq = ? WHERE area = ?", seq, area) == 0) {
                jdbc.update("INSERT INTO kept_current (area, version_seq) VALUES (?, ?)", area, seq);
            }
            return seq;
        });
    }

    /** The version in use, if one was ever put in use. */
    public Optional<Kept> current(String area) {
        return jdbc.query("SELECT v.seq, v.name, v.content, v.version_json FROM kept_current c JOIN kept_version v ON v.seq = c.version_seq"
                        + " WHERE c.area = ?", (rs, n) -> new Kept(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4)), area)
                .stream().findFirst();
    }

    /** Which version is in use (its sequence number), or null: cheap enough to poll every few seconds. */
    public Long currentSeq(String area) {
        return jdbc.query("SELECT version_seq FROM kept_current WHERE area = ?", (rs, n) -> rs.getLong(1), area).stream().findFirst().orElse(null);
    }

    /** The log records of every version put in use, oldest first. */
    public List<String> log(String area) {
        return jdbc.queryForList("SELECT version_json FROM kept_version WHERE area = ? ORDER BY seq", String.class, area);
    }
}
