package com.chipcheck.service.records;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The append-only store of decisions. There is no update and no delete here: a later event (a release, a
 * re-screening) is a new record. Each record's hash covers its content and the previous record's hash; the tip of
 * the chain is a locked row ({@code ledger_head}) so that concurrent appends, from this or another instance,
 * never fork it.
 */
@Repository
public class DecisionLedger {

    /** The first record whose stored hash does not match its content or its predecessor; null if the chain holds. */
    public record Verification(boolean intact, long records, String firstBrokenDecisionId, Long firstBrokenSeq, String problem) {
    }

    private static final RowMapper<DecisionRecord> ROW = (rs, n) -> new DecisionRecord(rs.getLong("seq"),
            rs.getString("decision_id"), rs.getString("kind"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"),
            rs.getString("order_id"), rs.getObject("as_of", java.time.LocalDate.class), rs.getString("rule_set_version"),
            rs.getString("list_version"), rs.getString("outcome"), rs.getString("input_json"), rs.getString("decision_json"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<Index> indexes;

    public DecisionLedger(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock, List<Index> indexes) {
        this.indexes = List.copyOf(indexes);
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Something kept beside the records and written in the same transaction as each one (the queue of held lines):
     * a record is never stored without it, nor it without the record.
     */
    public interface Index {
        void recorded(DecisionRecord record, Order input, OrderDecision decision);
    }

    /** Stores a decision with its input; returns the record (its {@code decisionId} goes back to the caller). */
    public DecisionRecord append(String kind, String requestedBy, Order input, OrderDecision decision) {
        String inputJson = write(input);
        String decisionJson = write(decision);
        return tx.execute(status -> {
            DecisionRecord record = insert(kind, requestedBy, decision.orderId(), decision.asOf(), decision.ruleSetVersion(),
                    decision.listVersion(), decision.outcome().name(), inputJson, decisionJson);
            indexes.forEach(i -> i.recorded(record, input, decision));
            return record;
        });
    }

    /**
     * Stores a person's act on earlier records (a release): its own record in the same chain. Must be called inside
     * a transaction, so that whatever the caller writes beside it stands or falls with it.
     */
    public DecisionRecord appendAct(String kind, String by, String orderId, java.time.LocalDate asOf, String ruleSetVersion,
                                    String listVersion, String outcome, Object input, Object act) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("appendAct runs inside the caller's transaction");
        }
        return insert(kind, by, orderId, asOf, ruleSetVersion, listVersion, outcome, write(input), write(act));
    }

    /** Runs work in one transaction: the ledger's appends inside it join it. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private DecisionRecord insert(String kind, String requestedBy, String orderId, java.time.LocalDate asOf, String ruleSetVersion,
                                  String listVersion, String outcome, String inputJson, String decisionJson) {
        String prev = jdbc.queryForObject("SELECT last_hash FROM ledger_head WHERE id = 1 FOR UPDATE", String.class);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // what every database stores exactly
        String id = "DEC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        DecisionRecord unsaved = new DecisionRecord(0, id, kind, now, requestedBy == null ? "anonymous" : requestedBy,
                orderId, asOf, ruleSetVersion, listVersion, outcome, inputJson, decisionJson, prev, null);
        String hash = unsaved.computeHash();
        jdbc.update("INSERT INTO decision_record (decision_id, kind, created_at, requested_by, order_id, as_of, "
                        + "rule_set_version, list_version, outcome, input_json, decision_json, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, kind, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), unsaved.requestedBy(), orderId,
                asOf, ruleSetVersion, listVersion, outcome, inputJson, decisionJson, prev, hash);
        long seq = jdbc.queryForObject("SELECT seq FROM decision_record WHERE decision_id = ?", Long.class, id);
        jdbc.update("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return new DecisionRecord(seq, id, kind, now, unsaved.requestedBy(), orderId, asOf, ruleSetVersion, listVersion,
                outcome, inputJson, decisionJson, prev, hash);
    }

    public Optional<DecisionRecord> find(String decisionId) {
        return jdbc.query("SELECT * FROM decision_record WHERE decision_id = ?", ROW, decisionId).stream().findFirst();
    }

    public List<DecisionRecord> byOrder(String orderId) {
        return jdbc.query("SELECT * FROM decision_record WHERE order_id = ? ORDER BY seq", ROW, orderId);
    }

    /** Every record, oldest first, streamed so that a long chain is not held in memory. */
    public void forEach(String kind, Consumer<DecisionRecord> each) {
        jdbc.query("SELECT * FROM decision_record WHERE kind = ? ORDER BY seq", rs -> {
            each.accept(ROW.mapRow(rs, 0));
        }, kind);
    }

    /** Recomputes the chain from the first record; names the first record that was edited, inserted or removed. */
    public Verification verify() {
        String[] prev = {DecisionRecord.GENESIS};
        long[] count = {0};
        Verification[] broken = {null};
        jdbc.query("SELECT * FROM decision_record ORDER BY seq", rs -> {
            if (broken[0] != null) {
                return;
            }
            DecisionRecord r = ROW.mapRow(rs, 0);
            count[0]++;
            if (!r.prevHash().equals(prev[0])) {
                broken[0] = new Verification(false, count[0], r.decisionId(), r.seq(),
                        "its previous-hash does not match the record before it (a record was removed or inserted)");
            } else if (!r.computeHash().equals(r.hash())) {
                broken[0] = new Verification(false, count[0], r.decisionId(), r.seq(), "its content does not match its hash (edited)");
            }
            prev[0] = r.hash();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        String head = jdbc.queryForObject("SELECT last_hash FROM ledger_head WHERE id = 1", String.class);
        if (!head.equals(prev[0])) {
            return new Verification(false, count[0], null, null, "the last record is not the chain's recorded tip (records were removed from the end)");
        }
        return new Verification(true, count[0], null, null, null);
    }

    /**
     * The stored input as the engine is to decide it again: it carries its lines' as-of dates, and an order without
     * one of its own takes the date it was decided as of.
     */
    public Order input(DecisionRecord record) {
        Order stored = read(record.inputJson(), Order.class);
        return stored.asOf() != null ? stored : new Order(stored.orderId(), record.asOf(), stored.lines());
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record cannot be read back as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
