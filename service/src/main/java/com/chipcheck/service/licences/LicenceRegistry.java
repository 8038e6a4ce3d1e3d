package com.chipcheck.service.licences;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.licence.Licence;
import com.chipcheck.rules.licence.LicenceCoverage;
import com.chipcheck.rules.licence.LicenceStanding;
import com.chipcheck.rules.order.Decimals;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registered licences and their draw-downs. Registering and revoking are chained acts; a check is matched against
 * the licences as they stand and draws nothing; an uploaded order draws its LICENSED lines down in the transaction
 * that stores its record, with the licences it draws locked, so two orders cannot both take the last units.
 *
 * Size: registration, revocation, the book as of a record, the locked draw-downs and their view share one set of
 * tables and one locking order; they stay together so that the locking stays visible.
 */
@Component
public class LicenceRegistry {

    /** Statuses of a licence on a day, as the licences list shows them. */
    public enum Status { ACTIVE, EXHAUSTED, EXPIRED, REVOKED, NOT_YET_VALID }

    public record Drawdown(String decisionId, String orderId, int line, String lineId, BigDecimal units, BigDecimal value,
                           LocalDate shipDate, java.time.Instant at, String by) {
    }

    /** A licence as the API shows it: its terms, its standing on a day, its draw-downs. */
    public record View(Licence licence, Status status, BigDecimal remainingQuantity, BigDecimal remainingValue,
                       String registeredBy, java.time.Instant registeredAt, String revocationReason, List<Drawdown> drawdowns) {
    }

    private final JdbcTemplate jdbc;
    private final DecisionLedger ledger;
    private final ObjectMapper json;
    private final Clock clock;
    private final com.chipcheck.rules.engine.ExportControlEngine engine;

    public LicenceRegistry(JdbcTemplate jdbc, DecisionLedger ledger, ObjectMapper json, Clock clock,
                           com.chipcheck.rules.engine.ExportControlEngine engine) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    public DecisionRecord register(Licence licence, String by) {
        String definition = write(licence.revoked(null));
        try {
            return ledger.inTransaction(() -> {
                DecisionRecord r = ledger.appendAct(com.chipcheck.service.records.RecordKind.LICENCE, by, licence.number(), LocalDate.now(clock), engine.ruleSetVersion(), listVersion(), "REGISTERED",
                        licence, Map.of("registers", licence.number()));
                jdbc.update("INSERT INTO licence (number, definition_json, registered_by, registered_at, record_seq) VALUES (?, ?, ?, ?, ?)",
                        licence.number(), definition, by, Timestamp.from(r.createdAt()), r.seq());
                return r;
            });
        } catch (DuplicateKeyException e) {
            throw Refusal.conflict("licence " + licence.number() + " is registered already; a licence is never edited");
        }
    }

    public DecisionRecord revoke(String number, LocalDate from, String reason, String by) {
        find(number).orElseThrow(() -> Refusal.notFound("no licence " + number));
        try {
            return ledger.inTransaction(() -> {
                Map<String, Object> act = new LinkedHashMap<>();
                act.put("revokes", number);
                act.put("revokedOn", from.toString());
                act.put("reason", reason);
                DecisionRecord r = ledger.appendAct(com.chipcheck.service.records.RecordKind.LICENCE_REVOKE, by, number, from, engine.ruleSetVersion(), listVersion(), "REVOKED", act, act);
                jdbc.update("INSERT INTO licence_revocation (number, revoked_on, reason, revoked_by, record_seq) VALUES (?, ?, ?, ?, ?)",
                        number, from, reason, by, r.seq());
                return r;
            });
        } catch (DuplicateKeyException e) {
            throw Refusal.conflict("licence " + number + " is revoked already");
        }
    }

    /** Acts are recorded with the rule set and list version in use, as every record of the chain is. */
    private String listVersion() {
        return engine.lists().current().list().version().id();
    }

    public Optional<Licence> find(String number) {
        return all(Long.MAX_VALUE).stream().filter(l -> l.number().equals(number)).findFirst();
    }

    /** The licences registered before record {@code seq}, with the revocations recorded before it. */
    List<Licence> all(long seq) {
        Map<String, LocalDate> revoked = new HashMap<>();
        jdbc.query("SELECT number, revoked_on FROM licence_revocation WHERE record_seq < ?",
                rs -> { revoked.put(rs.getString(1), rs.getObject(2, LocalDate.class)); }, seq);
        return jdbc.query("SELECT definition_json FROM licence WHERE record_seq < ? ORDER BY number",
                (rs, n) -> read(rs.getString(1)), seq).stream()
                .map(l -> revoked.containsKey(l.number()) ? l.revoked(revoked.get(l.number())) : l).toList();
    }

    /**
     * The licences with what was drawn from them by records before {@code seq}: the book a decision made then was
     * matched against (Long.MAX_VALUE: now). Preferred in order of expiry, the soonest first, so a licence about to
     * lapse is used before one that lasts.
     */
    public List<LicenceStanding> book(long seq) {
        return book(seq, null);
    }

    /**
     * As {@link #book(long)}, for deciding order {@code orderId} again: what its earlier decisions drew is given back
     * (a re-run replaces them, it does not draw twice). Draw-downs of an order decided again since count no more.
     */
    public List<LicenceStanding> book(long seq, String orderId) {
        Map<String, BigDecimal[]> drawn = new HashMap<>();
        jdbc.query("SELECT d.number, SUM(d.units), SUM(d.line_value) FROM licence_drawdown d WHERE d.record_seq < ?"
                        + " AND (CAST(? AS VARCHAR(200)) IS NULL OR d.order_id IS NULL OR d.order_id <> ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM decision_record r WHERE r.kind = 'ORDER' AND r.order_id = d.order_id"
                        + " AND r.seq > d.record_seq AND r.seq < ?) GROUP BY d.number",
                rs -> { drawn.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)}); },
                seq, orderId, orderId, seq);
        List<LicenceStanding> out = new ArrayList<>();
        for (Licence l : all(seq)) {
            BigDecimal[] d = drawn.getOrDefault(l.number(), new BigDecimal[2]);
            out.add(new LicenceStanding(l, d[0], d[1]));
        }
        out.sort(java.util.Comparator.comparing((LicenceStanding s) -> s.licence().validUntil()).thenComparing(s -> s.licence().number()));
        return out;
    }

    /** A check's or an order's decision with its licence-required lines matched against the book. */
    public OrderDecision cover(Order input, OrderDecision decision, List<LicenceStanding> book) {
        if (book.isEmpty()) {
            return decision;
        }
        List<LineDecision> lines = new LicenceCoverage(book).apply(input.lines(), decision.lines());
        return decision.withLines(lines);
    }

    /**
     * Draws the LICENSED lines of an order record down, inside its transaction: the licences it draws are locked
     * first (in number order, so two orders never wait on each other in a circle), then what is left is read again;
     * if another order took what this one counted on, nothing is drawn and {@link TakenMeanwhile} is thrown for the
     * caller to decide the order again against the licences as they now stand.
     */
    public void draw(DecisionRecord record, Order input, OrderDecision decision, String by) {
        Map<String, BigDecimal[]> wanted = new java.util.TreeMap<>();
        Map<String, List<LocalDate>> days = new HashMap<>();
        for (int i = 0; i < decision.lines().size(); i++) {
            LineDecision d = decision.lines().get(i);
            if (d.outcome() == Outcome.LICENSED && d.licence() != null) {
                BigDecimal[] w = wanted.computeIfAbsent(d.licence().number(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                days.computeIfAbsent(d.licence().number(), k -> new ArrayList<>()).add(d.asOf());
                OrderLine line = input.lines().get(i);
                w[0] = w[0].add(line.quantity());
                BigDecimal value = LicenceCoverage.value(line);
                w[1] = w[1].add(value == null ? BigDecimal.ZERO : value);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        for (String number : wanted.keySet()) {
            jdbc.queryForList("SELECT number FROM licence WHERE number = ? FOR UPDATE", String.class, number);
        }
        Map<String, LicenceStanding> now = new HashMap<>();
        book(Long.MAX_VALUE, record.orderId()).forEach(s -> now.put(s.licence().number(), s));
        for (Map.Entry<String, BigDecimal[]> w : wanted.entrySet()) {
            LicenceStanding s = now.get(w.getKey());
            boolean revokedMeanwhile = s != null && days.get(w.getKey()).stream().anyMatch(day -> !s.licence().validOn(day));
            boolean short_ = s != null && ((s.remainingQuantity() != null && s.remainingQuantity().compareTo(w.getValue()[0]) < 0)
                    || (s.remainingValue() != null && s.remainingValue().compareTo(w.getValue()[1]) < 0));
            if (s == null || revokedMeanwhile || short_) {
                throw new TakenMeanwhile("licence " + w.getKey());
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < decision.lines().size(); i++) {
            LineDecision d = decision.lines().get(i);
            if (d.outcome() == Outcome.LICENSED && d.licence() != null) {
                OrderLine line = input.lines().get(i);
                rows.add(new Object[] {d.licence().number(), record.decisionId(), record.orderId(), i + 1, cut(d.lineId()),
                        line.quantity(), LicenceCoverage.value(line), d.asOf(), Timestamp.from(record.createdAt()), by, record.seq()});
            }
        }
        jdbc.batchUpdate("INSERT INTO licence_drawdown (number, decision_id, order_id, line_no, line_id, units, line_value, ship_date, "
                + "drawn_at, drawn_by, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Draws one released order line down, inside the release's transaction: the licence locked and what is left read
     * again; 409 if another shipment took it meanwhile. The draw belongs to the release, not to the order: deciding
     * the order again never gives it back (the line was released to ship).
     */
    public void drawReleased(DecisionRecord release, String number, OrderLine line, int lineNo, String by) {
        jdbc.queryForList("SELECT number FROM licence WHERE number = ? FOR UPDATE", String.class, number);
        LicenceStanding s = book(Long.MAX_VALUE).stream().filter(x -> x.licence().number().equals(number)).findFirst().orElseThrow();
        BigDecimal value = LicenceCoverage.value(line);
        if ((s.remainingQuantity() != null && s.remainingQuantity().compareTo(line.quantity()) < 0)
                || (s.remainingValue() != null && (value == null || s.remainingValue().compareTo(value) < 0))) {
            throw Refusal.conflict("licence " + number
                    + " no longer has enough left for line " + lineNo + ": another shipment drew it meanwhile");
        }
        jdbc.update("INSERT INTO licence_drawdown (number, decision_id, order_id, line_no, line_id, units, line_value, ship_date, drawn_at, "
                + "drawn_by, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number, release.decisionId(), null, lineNo, cut(line.lineId()),
                line.quantity(), value, line.asOf(), Timestamp.from(release.createdAt()), by, release.seq());
    }

    public List<View> views(LocalDate day) {
        List<View> out = new ArrayList<>();
        for (LicenceStanding s : book(Long.MAX_VALUE)) {
            out.add(view(s, day));
        }
        out.sort(java.util.Comparator.comparing(v -> v.licence().number()));
        return out;
    }

    public Optional<View> view(String number, LocalDate day) {
        return book(Long.MAX_VALUE).stream().filter(s -> s.licence().number().equals(number)).findFirst().map(s -> view(s, day));
    }

    private View view(LicenceStanding s, LocalDate day) {
        Licence l = s.licence();
        Map<String, Object> reg = jdbc.queryForMap("SELECT registered_by, registered_at FROM licence WHERE number = ?", l.number());
        List<String> why = jdbc.queryForList("SELECT reason FROM licence_revocation WHERE number = ?", String.class, l.number());
        List<Drawdown> draws = jdbc.query("SELECT * FROM licence_drawdown d WHERE d.number = ? AND NOT EXISTS (SELECT 1 FROM decision_record r"
                        + " WHERE r.kind = 'ORDER' AND r.order_id = d.order_id AND r.seq > d.record_seq) ORDER BY d.record_seq, d.line_no",
                (rs, n) -> new Drawdown(rs.getString("decision_id"), rs.getString("order_id"), rs.getInt("line_no"), rs.getString("line_id"),
                        Decimals.plain(rs.getBigDecimal("units")), Decimals.plain(rs.getBigDecimal("line_value")), rs.getObject("ship_date", LocalDate.class),
                        rs.getObject("drawn_at", OffsetDateTime.class).toInstant(), rs.getString("drawn_by")), l.number());
        Status status = l.revokedOn() != null && !day.isBefore(l.revokedOn()) ? Status.REVOKED
                : day.isAfter(l.validUntil()) ? Status.EXPIRED
                : day.isBefore(l.validFrom()) ? Status.NOT_YET_VALID
                : (s.remainingQuantity() != null && s.remainingQuantity().signum() <= 0)
                        || (s.remainingValue() != null && s.remainingValue().signum() <= 0) ? Status.EXHAUSTED : Status.ACTIVE;
        Object at = reg.get("registered_at");
        java.time.Instant registeredAt = at instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) at).toInstant();
        return new View(l, status, Decimals.plain(s.remainingQuantity()), Decimals.plain(s.remainingValue()), (String) reg.get("registered_by"),
                registeredAt, why.isEmpty() ? null : why.get(0), draws);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }

    private String write(Licence l) {
        try {
            return json.writeValueAsString(l);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Licence read(String text) {
        try {
            return json.readValue(text, Licence.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored licence cannot be read", e);
        }
    }
}
