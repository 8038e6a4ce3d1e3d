package com.chipcheck.service.system;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Changes that can turn held lines clear (a list version, a policy table) wait for a second compliance officer: the
 * one who proposed a change may not put it in use (four eyes). Kept in the database every replica shares, as the
 * uploaded file, so that an officer on any replica approves what another proposed; taking a change for approval
 * deletes its row, so that two approvers on two replicas cannot both put it in use.
 *
 * @param <T> the change waiting
 */
public final class PendingApprovals<T> {

    /** Pending changes kept at once: a proposal beyond them replaces the oldest. */
    private static final int MAX_PENDING = 20;

    public record Pending<T>(String id, String proposedBy, Instant proposedAt, T change) {
    }

    /** How a change is kept: its file, a short note, and the change read back from them. */
    public interface Codec<T> {
        byte[] content(T change);

        String note(T change);

        T read(byte[] content, String note, String proposedBy, Instant proposedAt);
    }

    private final String what;
    private final String area;
    private final JdbcTemplate jdbc;
    private final Codec<T> codec;

    /** @param what how refusals name the change: "list version", "policy version" */
    public PendingApprovals(String what, String area, JdbcTemplate jdbc, Codec<T> codec) {
        this.what = what;
        this.area = area;
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * Proposes a change. The same change (same id: its content's hash) already proposed by someone else stays theirs: were
     * the second proposer recorded instead, the first could then approve what they themselves proposed.
     */
    public Pending<T> propose(String id, String by, Instant at, T change) {
        Pending<T> earlier = find(id);
        if (earlier != null && !earlier.proposedBy().equalsIgnoreCase(by)) {
            return earlier;
        }
        List<String> ids = jdbc.queryForList("SELECT id FROM pending_change WHERE area = ? ORDER BY proposed_at", String.class, area);
        if (ids.size() >= MAX_PENDING && !ids.contains(id)) {
            jdbc.update("DELETE FROM pending_change WHERE area = ? AND id = ?", area, ids.get(0));
        }
        jdbc.update("DELETE FROM pending_change WHERE area = ? AND id = ?", area, id); // proposed again: the latest proposal stands
        jdbc.update("INSERT INTO pending_change (area, id, proposed_by, proposed_at, content, note) VALUES (?, ?, ?, ?, ?, ?)",
                area, id, by, Timestamp.from(at), codec.content(change), codec.note(change));
        return new Pending<>(id, by, at, change);
    }

    /** Takes the pending change for its approval by another person; 404 if there is none, 403 for its proposer. */
    public Pending<T> approve(String id, String approver) {
        Pending<T> p = find(id);
        if (p == null) {
            throw Refusal.notFound("no " + what + " " + id + " is waiting for approval");
        }
        if (p.proposedBy().equalsIgnoreCase(approver)) {
            throw Refusal.fourEyes("four eyes: " + approver + " proposed " + what + " " + id
                    + " and may not approve it; another compliance officer does");
        }
        if (jdbc.update("DELETE FROM pending_change WHERE area = ? AND id = ? AND proposed_by = ?", area, id, p.proposedBy()) == 0) {
            throw Refusal.notFound("no " + what + " " + id + " is waiting for approval (approved meanwhile)");
        }
        return p;
    }

    public List<Pending<T>> all() {
        return jdbc.query("SELECT * FROM pending_change WHERE area = ? ORDER BY proposed_at", (rs, n) -> pending(rs), area);
    }

    private Pending<T> find(String id) {
        return jdbc.query("SELECT * FROM pending_change WHERE area = ? AND id = ?", (rs, n) -> pending(rs), area, id).stream().findFirst().orElse(null);
    }

    private Pending<T> pending(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant at = rs.getObject("proposed_at", OffsetDateTime.class).toInstant();
        String by = rs.getString("proposed_by");
        return new Pending<>(rs.getString("id"), by, at, codec.read(rs.getBytes("content"), rs.getString("note"), by, at));
    }
}
