package com.chipcheck.service.holds;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lines that wait for a person, indexed as their decision records are appended (same transaction): HOLD, and
 * LICENSE_REQUIRED until a licence is recorded. A held line is open until a release names it, or until a later run
 * of the same uploaded order supersedes its decision.
 */
@Repository
public class HeldLines implements DecisionLedger.Index, com.chipcheck.service.records.DecisionsController.LaterActs {

    /** Outcomes a person can release: a hold, or a licence requirement once the licence is granted. */
    public static final List<Outcome> RELEASABLE = List.of(Outcome.HOLD, Outcome.LICENSE_REQUIRED);

    private static final String OPEN = " NOT EXISTS (SELECT 1 FROM hold_release r WHERE r.decision_id = h.decision_id AND r.line_no = h.line_no)"
            + " AND NOT (h.kind = 'ORDER' AND EXISTS (SELECT 1 FROM decision_record d WHERE d.kind = 'ORDER'"
            + " AND d.order_id = h.order_id AND d.seq > h.record_seq))";

    private static final RowMapper<HeldLine> ROW = (rs, n) -> new HeldLine(rs.getString("decision_id"), rs.getLong("record_seq"),
            rs.getInt("line_no"), rs.getString("line_id"), com.chipcheck.service.records.RecordKind.valueOf(rs.getString("kind")), rs.getString("order_id"),
            Outcome.valueOf(rs.getString("outcome")), rs.getObject("held_at", OffsetDateTime.class).toInstant(),
            rs.getString("requested_by"), rs.getString("part_number"), rs.getString("destination"), rs.getString("end_user"),
            rs.getObject("ship_date", LocalDate.class), List.of(rs.getString("reasons").split("\n")), rs.getBoolean("licence_needed"));

    private final JdbcTemplate jdbc;

    public HeldLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open holds, for operators (read when scraped). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void meters(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("chipcheck.holds.open", this, h -> h.countOpen(null, null))
                .description("held lines waiting for a compliance officer (HOLD and LICENSE_REQUIRED)").register(registry);
    }

    @Override
    public void recorded(DecisionRecord record, Order input, OrderDecision decision) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < decision.lines().size(); i++) {
            LineDecision line = decision.lines().get(i);
            if (!RELEASABLE.contains(line.outcome())) {
                continue;
            }
            OrderLine asked = i < input.lines().size() ? input.lines().get(i) : null;
            rows.add(new Object[]{record.decisionId(), record.seq(), i + 1, cut(line.lineId(), 200), record.kind().name(),
                    record.orderId(), line.outcome().name(), Timestamp.from(record.createdAt()), record.requestedBy(),
                    cut(line.partNumber(), 200), asked == null ? null : cut(asked.destinationCountry(), 10),
                    asked == null || asked.endUser() == null ? null : cut(asked.endUser().name(), 400), line.asOf(),
                    cut(why(line), 4000), HoldReleases.needsLicence(line)});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO held_line (decision_id, record_seq, line_no, line_id, kind, order_id, outcome, held_at, "
                    + "requested_by, part_number, destination, end_user, ship_date, reasons, licence_needed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /** Open held lines, oldest first. */
    /** Open held lines, oldest first, of one outcome or any, and of one decision or any. */
    public List<HeldLine> open(Outcome outcome, String decisionId, int offset, int limit) {
        return jdbc.query("SELECT h.* FROM held_line h WHERE" + openWith(outcome, decisionId) + " ORDER BY h.record_seq, h.line_no"
                + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY", ROW, only(decisionId));
    }

    public long countOpen(Outcome outcome, String decisionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM held_line h WHERE" + openWith(outcome, decisionId), Long.class, only(decisionId));
    }

    /** The condition of an open held line, of one outcome or any (an enum name, never user text), of one decision or any. */
    private static String openWith(Outcome outcome, String decisionId) {
        return OPEN + (outcome == null ? "" : " AND h.outcome = '" + outcome.name() + "'") + (decisionId == null ? "" : " AND h.decision_id = ?");
    }

    private static Object[] only(String decisionId) {
        return decisionId == null ? new Object[0] : new Object[] {decisionId};
    }

    public Optional<HeldLine> find(String decisionId, int lineNo) {
        return jdbc.query("SELECT * FROM held_line WHERE decision_id = ? AND line_no = ?", ROW, decisionId, lineNo).stream().findFirst();
    }

    /** The decision of a later run of the same order that replaced this line's, if any. */
    public Optional<String> supersededBy(HeldLine line) {
        if (line.kind() != com.chipcheck.service.records.RecordKind.ORDER) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT decision_id FROM decision_record WHERE kind = 'ORDER' AND order_id = ? AND seq > ? ORDER BY seq DESC",
                String.class, line.orderId(), line.recordSeq()).stream().findFirst();
    }

    public Optional<String> releasedBy(String decisionId, int lineNo) {
        return jdbc.queryForList("SELECT release_decision_id FROM hold_release WHERE decision_id = ? AND line_no = ?",
                String.class, decisionId, lineNo).stream().findFirst();
    }

    /** The releases of a decision's lines, by line number. */
    @Override
    public List<String> on(String decisionId) {
        return jdbc.queryForList("SELECT release_decision_id FROM hold_release WHERE decision_id = ? ORDER BY line_no",
                String.class, decisionId);
    }

    void released(String releaseDecisionId, HeldLine line, String by, java.time.Instant at) {
        jdbc.update("INSERT INTO hold_release (release_decision_id, decision_id, line_no, released_by, released_at) VALUES (?, ?, ?, ?, ?)",
                releaseDecisionId, line.decisionId(), line.lineNo(), by, Timestamp.from(at));
    }

    /** Kinds of reason that say how the line was classified and routed, not why it waits: the record has them. */
    private static final java.util.Set<com.chipcheck.rules.decision.ReasonKind> CONTEXT = java.util.EnumSet.of(
            com.chipcheck.rules.decision.ReasonKind.CLASSIFICATION, com.chipcheck.rules.decision.ReasonKind.DESTINATION,
            com.chipcheck.rules.decision.ReasonKind.EXCEPTION, com.chipcheck.rules.decision.ReasonKind.NOTE,
            com.chipcheck.rules.decision.ReasonKind.OUTCOME);

    /** Why the line waits for a person (the hold, the licence requirement, a list hit, a red flag), one per line. */
    private static String why(LineDecision line) {
        List<Reason> why = line.reasons().stream().filter(r -> !CONTEXT.contains(r.kind())).toList();
        return (why.isEmpty() ? line.reasons() : why).stream().map(HeldLines::text).collect(Collectors.joining("\n"));
    }

    private static String text(Reason r) {
        return "[" + r.ruleId() + "] " + r.text();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
