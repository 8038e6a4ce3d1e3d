package com.chipcheck.service.records;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The append-only store of decisions. There is no update and no delete here: a later event (a release, a
 * re-screening) is a new record. Each record's hash covers its content and the previous record's hash; the tip of
 * the chain is a locked row ({@code ledger_head}) so that concurrent appends, from this or another instance,
 * never fork it.
 *
 * Size: the chain is one invariant (order, numbering, sealing, verification and the compressed content all depend on the
 * one lock of its tip), so appending, reading and verifying stay together; the group commit is its own class.
 */
@Repository
public class DecisionLedger {

    /**
     * The first record whose stored hash does not match its content or its predecessor (null if the chain holds), and
     * the chain's tip: the last record's hash, to be written down outside the database so that records cut from the
     * end are noticed too.
     */
    public record Verification(boolean intact, long records, String firstBrokenDecisionId, Long firstBrokenSeq, String problem,
                               String tip) {
        Verification(boolean intact, long records, String firstBrokenDecisionId, Long firstBrokenSeq, String problem) {
            this(intact, records, firstBrokenDecisionId, firstBrokenSeq, problem, null);
        }
    }

    private static final RowMapper<DecisionRecord> ROW = (rs, n) -> new DecisionRecord(rs.getLong("seq"),
            rs.getString("decision_id"), RecordKind.valueOf(rs.getString("kind")),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"),
            rs.getString("order_id"), rs.getObject("as_of", LocalDate.class), rs.getString("rule_set_version"),
            rs.getString("list_version"), rs.getString("outcome"), content(rs, "input"), content(rs, "decision"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private static RecordContent content(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        byte[] gz = rs.getBytes(column + "_gz");
        return gz != null ? RecordContent.gzip(gz) : RecordContent.text(rs.getString(column + "_json"));
    }

    /** Orders above this many lines keep their record content compressed. */
    private static final int COMPRESS_ABOVE_LINES = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final ChainKey chainKey;
    private final List<Index> indexes;
    /** Appends outside a caller's transaction, grouped into one transaction per batch (see GroupCommit). */
    private final GroupCommit<Entry, DecisionRecord> groupCommit;

    public DecisionLedger(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock, List<Index> indexes, ChainKey chainKey) {
        this.chainKey = chainKey;
        this.indexes = List.copyOf(indexes);
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.groupCommit = new GroupCommit<>("decision-ledger-writer",
                entries -> retryingLockTimeouts(() -> tx.execute(s -> insert(entries))), entry -> tx.execute(s -> insert(List.of(entry)).get(0)),
                MAX_GROUP);
        this.groupCommit.start();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        groupCommit.stop();
    }

    /**
     * Something kept beside the records and written in the same transaction as each one (the queue of held lines):
     * a record is never stored without it, nor it without the record.
     */
    public interface Index {
        void recorded(DecisionRecord record, Order input, OrderDecision decision);
    }

    /** A record to append, with what its indexes need. */
    private record Entry(RecordKind kind, String requestedBy, String orderId, LocalDate asOf, String ruleSetVersion,
                         String listVersion, String outcome, RecordContent inputContent, RecordContent decisionContent, Order input,
                         OrderDecision decision) {
    }

    /**
     * Stores a decision with its input; returns the record (its {@code decisionId} goes back to the caller). Inside
     * the caller's transaction it is written there; otherwise it joins the next group commit, and returns once that
     * transaction has committed.
     */
    private io.micrometer.core.instrument.Timer appendTimer;

    /** The ledger's append latency, for operators (optional: the command-line tools run without a registry). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void meters(io.micrometer.core.instrument.MeterRegistry registry) {
        this.appendTimer = io.micrometer.core.instrument.Timer.builder("chipcheck.ledger.append")
                .description("time to append a decision record to the chain, commit included").publishPercentileHistogram().register(registry);
    }

    public DecisionRecord append(RecordKind kind, String requestedBy, Order input, OrderDecision decision) {
        return appendTimer == null ? appendTimed(kind, requestedBy, input, decision)
                : appendTimer.record(() -> appendTimed(kind, requestedBy, input, decision));
    }

    private DecisionRecord appendTimed(RecordKind kind, String requestedBy, Order input, OrderDecision decision) {
        boolean large = decision.lines().size() > COMPRESS_ABOVE_LINES;
        Entry entry = new Entry(kind, requestedBy, decision.orderId(), decision.asOf(), decision.ruleSetVersion(),
                decision.listVersion(), decision.outcome().name(), RecordContent.of(json, input, large),
                RecordContent.of(json, decision, large), input, decision);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return insert(List.of(entry)).get(0);
        }
        return groupCommit.append(entry);
    }

    /**
     * Stores a person's act on earlier records (a release): its own record in the same chain. Must be called inside
     * a transaction, so that whatever the caller writes beside it stands or falls with it.
     */
    public DecisionRecord appendAct(RecordKind kind, String by, String orderId, LocalDate asOf, String ruleSetVersion,
                                    String listVersion, String outcome, Object input, Object act) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("appendAct runs inside the caller's transaction");
        }
        return insert(List.of(new Entry(kind, by, orderId, asOf, ruleSetVersion, listVersion, outcome,
                RecordContent.of(json, input, false), RecordContent.of(json, act, false), null, null))).get(0);
    }

    /**
     * Runs work in one transaction: the ledger's appends inside it join it. A transaction that could not get the
     * chain's tip in time (many appends at once) is rolled back and run again, a few times: a lock timeout is a
     * reason to wait, not a failure of the work.
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return retryingLockTimeouts(() -> tx.execute(status -> work.get()));
    }

    private static final int LOCK_ATTEMPTS = 5;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DecisionLedger.class);

    static <T> T retryingLockTimeouts(java.util.function.Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (org.springframework.dao.PessimisticLockingFailureException | org.springframework.dao.QueryTimeoutException e) {
                if (attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
                log.warn("the chain's tip was busy (attempt {} of {}): {}", attempt, LOCK_ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(50L * attempt * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Appends records in the current transaction, chained in order, with their indexes. */
    private List<DecisionRecord> insert(List<Entry> entries) {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue();
        String prev = (String) head.get("last_hash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // what every database stores exactly
        List<DecisionRecord> records = new ArrayList<>(entries.size());
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            seq++;
            String id = "DEC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
            String by = e.requestedBy() == null ? "anonymous" : e.requestedBy();
            DecisionRecord r = new DecisionRecord(seq, id, e.kind(), now, by, e.orderId(), e.asOf(), e.ruleSetVersion(),
                    e.listVersion(), e.outcome(), e.inputContent(), e.decisionContent(), prev, null).sealed(chainKey);
            records.add(r);
            rows.add(new Object[]{seq, id, e.kind().name(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by, e.orderId(), e.asOf(),
                    e.ruleSetVersion(), e.listVersion(), e.outcome(), e.inputContent().textOrNull(), e.inputContent().gzipOrNull(),
                    e.decisionContent().textOrNull(), e.decisionContent().gzipOrNull(), prev, r.hash()});
            prev = r.hash();
        }
        // seq is the chain's own counter (ledger_head), not the identity column's: one lock gives order and numbers
        jdbc.batchUpdate("INSERT INTO decision_record (seq, decision_id, kind, created_at, requested_by, order_id, as_of, "
                + "rule_set_version, list_version, outcome, input_json, input_gz, decision_json, decision_gz, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, prev);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.decision() != null) {
                DecisionRecord r = records.get(i);
                indexes.forEach(x -> x.recorded(r, e.input(), e.decision()));
            }
        }
        return records;
    }

    private static final int MAX_GROUP = 256;

    /** Whether a record's content still matches its hash (a single record: the chain is verified by {@link #verify}). */
    public boolean intact(DecisionRecord record) {
        try {
            return record.computeHash(chainKey).equals(record.hash());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    public Optional<DecisionRecord> find(String decisionId) {
        return jdbc.query("SELECT * FROM decision_record WHERE decision_id = ?", ROW, decisionId).stream().findFirst();
    }

    /** Every record, oldest first, streamed so that a long chain is not held in memory. */
    public void forEach(RecordKind kind, Consumer<DecisionRecord> each) {
        jdbc.query("SELECT * FROM decision_record WHERE kind = ? ORDER BY seq", rs -> {
            each.accept(ROW.mapRow(rs, 0));
        }, kind.name());
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
            } else {
                String computed;
                try {
                    computed = r.computeHash(chainKey);
                } catch (RuntimeException unreadable) { // compressed content whose bytes were changed
                    computed = null;
                }
                if (computed == null) {
                    broken[0] = new Verification(false, count[0], r.decisionId(), r.seq(), "its stored content cannot be read (edited)");
                } else if (!computed.equals(r.hash())) {
                    broken[0] = new Verification(false, count[0], r.decisionId(), r.seq(), "its content does not match its hash (edited)");
                }
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
        return new Verification(true, count[0], null, null, null, prev[0]);
    }

    /**
     * The stored input as the engine is to decide it again: it carries its lines' as-of dates, and an order without
     * one of its own takes the date it was decided as of.
     */
    public Order input(DecisionRecord record) {
        Order stored = read(record.input(), Order.class);
        return stored.asOf() != null ? stored : new Order(stored.orderId(), record.asOf(), stored.lines());
    }

    /** The stored decision of a CHECK or ORDER record. */
    public OrderDecision decision(DecisionRecord record) {
        return read(record.decision(), OrderDecision.class);
    }

    public <T> T read(RecordContent content, Class<T> type) {
        try (java.io.InputStream in = content.open()) {
            return json.readValue(in, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored record cannot be read back as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

}
