package com.chipcheck.service.licences;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.NacStatus;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.licence.NacNotification;
import com.chipcheck.rules.licence.NacReview;
import com.chipcheck.rules.licence.NacStanding;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The License Exception NAC notifications submitted to BIS, BIS's answers, and the units shipped under each. Registering
 * a notification and recording BIS's confirmation or objection are chained acts; a check looks the NAC lines up and
 * records nothing; an uploaded order's CLEARED NAC lines are counted against their notification in the transaction that
 * stores its record, with the notifications locked, so two orders cannot both ship the last notified units.
 *
 * Size: as LicenceRegistry: notifications, BIS answers, the book as of a record and the locked shipments share one
 * set of tables and one locking order.
 */
@Component
public class NacRegistry {

    /** Where a notification stands today, as the list shows it. */
    public enum State { WAITING, CLEARED, OBJECTED, USED_UP }

    public record Shipment(String decisionId, String orderId, int line, String lineId, BigDecimal units, Instant at) {
    }

    public record View(NacNotification notification, State state, BigDecimal remainingQuantity, BigDecimal remainingValue, String registeredBy,
                       Instant registeredAt, String answeredBy, List<Shipment> shipments) {
    }

    private final JdbcTemplate jdbc;
    private final DecisionLedger ledger;
    private final ObjectMapper json;
    private final ExportControlEngine engine;

    public NacRegistry(JdbcTemplate jdbc, DecisionLedger ledger, ObjectMapper json, ExportControlEngine engine) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.json = json;
        this.engine = engine;
    }

    /** Registers a notification under a new id; a confirmation number given with it is recorded as BIS's answer. */
    public DecisionRecord register(NacNotification asked, String by) {
        NacNotification n = asked.withId("NAC-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
        String definition = write(new NacNotification(n.id(), n.parts(), n.eccns(), n.destination(), n.parties(), n.quantity(),
                n.value(), n.currency(), n.submitted(), null, null, null));
        return ledger.inTransaction(() -> {
            DecisionRecord r = ledger.appendAct(com.chipcheck.service.records.RecordKind.NAC_NOTIFICATION, by, n.id(), n.submitted(), engine.ruleSetVersion(), listVersion(),
                    "REGISTERED", n, Map.of("registers", n.id()));
            jdbc.update("INSERT INTO nac_notification (id, definition_json, registered_by, registered_at, record_seq) VALUES (?, ?, ?, ?, ?)",
                    n.id(), definition, by, Timestamp.from(r.createdAt()), r.seq());
            if (n.bisConfirmation() != null) {
                jdbc.update("INSERT INTO nac_answer (id, kind, confirmation, answered_on, note, answered_by, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        n.id(), "CONFIRMATION", n.bisConfirmation(), n.earliestShipDate(), null, by, r.seq());
            }
            return r;
        });
    }

    /** Records BIS's confirmation number (on the 25th day) for a notification; 409 if BIS has answered already. */
    public DecisionRecord confirm(String id, String confirmation, String by) {
        NacNotification n = find(id).orElseThrow(() -> Refusal.notFound("no NAC notification " + id));
        return answer(n, "CONFIRMATION", confirmation, n.earliestShipDate(), null, by);
    }

    /** Records that BIS objected, on a day, with what it said; 409 if BIS has answered already. */
    public DecisionRecord object(String id, LocalDate on, String note, String by) {
        NacNotification n = find(id).orElseThrow(() -> Refusal.notFound("no NAC notification " + id));
        if (on.isBefore(n.submitted())) {
            throw Refusal.refused("objectedOn " + on + " is before the notification was submitted ("
                    + n.submitted() + ")");
        }
        return answer(n, "OBJECTION", null, on, note, by);
    }

    private DecisionRecord answer(NacNotification n, String kind, String confirmation, LocalDate on, String note, String by) {
        try {
            return ledger.inTransaction(() -> {
                Map<String, Object> act = new LinkedHashMap<>();
                act.put("answers", n.id());
                act.put("kind", kind);
                act.put("confirmation", confirmation);
                act.put("on", on.toString());
                act.put("note", note);
                DecisionRecord r = ledger.appendAct(com.chipcheck.service.records.RecordKind.valueOf("NAC_" + kind), by, n.id(), on, engine.ruleSetVersion(), listVersion(),
                        kind.equals("OBJECTION") ? "OBJECTED" : "CONFIRMED", act, act);
                jdbc.update("INSERT INTO nac_answer (id, kind, confirmation, answered_on, note, answered_by, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        n.id(), kind, confirmation, on, note, by, r.seq());
                return r;
            });
        } catch (DuplicateKeyException e) {
            throw Refusal.conflict("BIS's answer to " + n.id() + " is recorded already");
        }
    }

    private String listVersion() {
        return engine.lists().current().list().version().id();
    }

    public Optional<NacNotification> find(String id) {
        return all(Long.MAX_VALUE).stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The notifications registered before record {@code seq}, with BIS's answers recorded before it. */
    List<NacNotification> all(long seq) {
        Map<String, NacNotification> out = new TreeMap<>();
        jdbc.query("SELECT definition_json FROM nac_notification WHERE record_seq < ?", rs -> {
            NacNotification n = read(rs.getString(1));
            out.put(n.id(), n);
        }, seq);
        jdbc.query("SELECT id, kind, confirmation, answered_on, note FROM nac_answer WHERE record_seq < ?", rs -> {
            NacNotification n = out.get(rs.getString(1));
            if (n != null) {
                out.put(n.id(), "OBJECTION".equals(rs.getString(2)) ? n.objected(rs.getObject(4, LocalDate.class), rs.getString(5))
                        : n.confirmed(rs.getString(3)));
            }
        }, seq);
        return List.copyOf(out.values());
    }

    /**
     * The notifications with the units shipped under them by records before {@code seq} (Long.MAX_VALUE: now), the
     * oldest submission first; deciding order {@code orderId} again gives back what its earlier decisions shipped.
     */
    public List<NacStanding> book(long seq, String orderId) {
        Map<String, BigDecimal[]> shipped = new HashMap<>();
        jdbc.query("SELECT s.notification_id, SUM(s.units), SUM(s.line_value) FROM nac_shipment s WHERE s.record_seq < ?"
                        + " AND (CAST(? AS VARCHAR(200)) IS NULL OR s.order_id IS NULL OR s.order_id <> ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM decision_record r WHERE r.kind = 'ORDER' AND r.order_id = s.order_id"
                        + " AND r.seq > s.record_seq AND r.seq < ?) GROUP BY s.notification_id",
                rs -> { shipped.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)}); }, seq, orderId, orderId, seq);
        List<NacStanding> out = new ArrayList<>();
        for (NacNotification n : all(seq)) {
            BigDecimal[] s = shipped.getOrDefault(n.id(), new BigDecimal[2]);
            out.add(new NacStanding(n, s[0], s[1]));
        }
        out.sort(Comparator.comparing((NacStanding s) -> s.notification().submitted()).thenComparing(s -> s.notification().id()));
        return out;
    }

    /** A decision with every NAC line's notification looked up (always: a NAC line nobody looked up may not ship). */
    public OrderDecision review(Order input, OrderDecision decision, List<NacStanding> book) {
        if (decision.lines().stream().noneMatch(d -> d.outcome() == Outcome.NAC)) {
            return decision;
        }
        List<LineDecision> lines = new NacReview(book).apply(input.lines(), decision.lines());
        return decision.withLines(lines);
    }

    /**
     * Counts the CLEARED NAC lines of an order record against their notifications, inside its transaction: the
     * notifications locked first (in id order), what is left read again; {@link TakenMeanwhile} if another order
     * shipped what this one counted on.
     */
    public void ship(DecisionRecord record, Order input, OrderDecision decision) {
        Map<String, BigDecimal> wanted = new TreeMap<>();
        Map<String, BigDecimal> wantedValue = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < decision.lines().size(); i++) {
            LineDecision d = decision.lines().get(i);
            if (d.outcome() == Outcome.NAC && d.nac() != null && d.nac().status() == NacStatus.CLEARED) {
                OrderLine line = input.lines().get(i);
                BigDecimal value = com.chipcheck.rules.licence.LicenceCoverage.value(line);
                wanted.merge(d.nac().notificationId(), line.quantity(), BigDecimal::add);
                wantedValue.merge(d.nac().notificationId(), value == null ? BigDecimal.ZERO : value, BigDecimal::add);
                rows.add(new Object[] {d.nac().notificationId(), record.decisionId(), record.orderId(), i + 1,
                        d.lineId() == null || d.lineId().length() <= 200 ? d.lineId() : d.lineId().substring(0, 200),
                        line.quantity(), value, Timestamp.from(record.createdAt()), record.seq()});
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        for (String id : wanted.keySet()) {
            jdbc.queryForList("SELECT id FROM nac_notification WHERE id = ? FOR UPDATE", String.class, id);
        }
        Map<String, NacStanding> now = new HashMap<>();
        book(Long.MAX_VALUE, record.orderId()).forEach(s -> now.put(s.notification().id(), s));
        for (Map.Entry<String, BigDecimal> w : wanted.entrySet()) {
            NacStanding s = now.get(w.getKey());
            if (s == null || s.notification().objectedOn() != null || s.remainingQuantity().compareTo(w.getValue()) < 0
                    || (s.remainingValue() != null && s.remainingValue().compareTo(wantedValue.get(w.getKey())) < 0)) {
                throw new TakenMeanwhile("NAC notification " + w.getKey());
            }
        }
        jdbc.batchUpdate("INSERT INTO nac_shipment (notification_id, decision_id, order_id, line_no, line_id, units, line_value, shipped_at,"
                + " record_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Counts one released order line against its notification, inside the release's transaction (locked, what is left
     * read again; 409 if another shipment took it). It belongs to the release: a re-run of the order never gives it back.
     */
    public void shipReleased(DecisionRecord release, String id, OrderLine line, int lineNo) {
        jdbc.queryForList("SELECT id FROM nac_notification WHERE id = ? FOR UPDATE", String.class, id);
        NacStanding s = book(Long.MAX_VALUE, null).stream().filter(x -> x.notification().id().equals(id)).findFirst().orElseThrow();
        BigDecimal value = com.chipcheck.rules.licence.LicenceCoverage.value(line);
        if (s.notification().objectedOn() != null || s.remainingQuantity().compareTo(line.quantity()) < 0
                || (s.remainingValue() != null && (value == null || s.remainingValue().compareTo(value) < 0))) {
            throw Refusal.conflict("NAC notification " + id + " no longer covers line " + lineNo
                    + ": another shipment used it, or BIS objected, meanwhile");
        }
        jdbc.update("INSERT INTO nac_shipment (notification_id, decision_id, order_id, line_no, line_id, units, line_value, shipped_at,"
                + " record_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, release.decisionId(), null, lineNo,
                line.lineId() == null || line.lineId().length() <= 200 ? line.lineId() : line.lineId().substring(0, 200),
                line.quantity(), value, Timestamp.from(release.createdAt()), release.seq());
    }

    public List<View> views(LocalDate day) {
        return book(Long.MAX_VALUE, null).stream().map(s -> view(s, day)).sorted(Comparator.comparing(v -> v.notification().id())).toList();
    }

    public Optional<View> view(String id, LocalDate day) {
        return book(Long.MAX_VALUE, null).stream().filter(s -> s.notification().id().equals(id)).findFirst().map(s -> view(s, day));
    }

    private View view(NacStanding s, LocalDate day) {
        NacNotification n = s.notification();
        Map<String, Object> reg = jdbc.queryForMap("SELECT registered_by, registered_at FROM nac_notification WHERE id = ?", n.id());
        List<String> answeredBy = jdbc.queryForList("SELECT answered_by FROM nac_answer WHERE id = ?", String.class, n.id());
        List<Shipment> shipments = jdbc.query("SELECT * FROM nac_shipment s WHERE s.notification_id = ? AND NOT EXISTS (SELECT 1 FROM"
                        + " decision_record r WHERE r.kind = 'ORDER' AND r.order_id = s.order_id AND r.seq > s.record_seq)"
                        + " ORDER BY s.record_seq, s.line_no",
                (rs, i) -> new Shipment(rs.getString("decision_id"), rs.getString("order_id"), rs.getInt("line_no"), rs.getString("line_id"),
                        com.chipcheck.rules.order.Decimals.plain(rs.getBigDecimal("units")), rs.getObject("shipped_at", OffsetDateTime.class).toInstant()), n.id());
        State state = n.objectedOn() != null ? State.OBJECTED
                : s.remainingQuantity().signum() <= 0 || (s.remainingValue() != null && s.remainingValue().signum() <= 0) ? State.USED_UP
                : n.bisConfirmation() != null && !day.isBefore(n.earliestShipDate()) ? State.CLEARED : State.WAITING;
        Object at = reg.get("registered_at");
        Instant registeredAt = at instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) at).toInstant();
        return new View(n, state, com.chipcheck.rules.order.Decimals.plain(s.remainingQuantity()), com.chipcheck.rules.order.Decimals.plain(s.remainingValue()),
                (String) reg.get("registered_by"), registeredAt,
                answeredBy.isEmpty() ? null : answeredBy.get(0), shipments);
    }

    private String write(NacNotification n) {
        try {
            return json.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private NacNotification read(String text) {
        try {
            return json.readValue(text, NacNotification.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored NAC notification cannot be read", e);
        }
    }
}
