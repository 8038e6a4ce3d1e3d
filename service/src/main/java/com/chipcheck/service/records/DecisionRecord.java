package com.chipcheck.service.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored decision: what was asked (the input, as the engine received it), what was answered, and with which
 * rule-set and list versions. {@code hash} covers all of it (the JSON of input and decision by their SHA-256) and
 * the previous record's hash, sealed with a key kept outside the database ({@link ChainKey}).
 *
 * @param kind a decision (CHECK, ORDER) or a person's act (RELEASE, LICENCE, …); hashed by its name
 */
public record DecisionRecord(long seq, String decisionId, RecordKind kind, Instant createdAt, String requestedBy,
                             String orderId, LocalDate asOf, String ruleSetVersion, String listVersion, String outcome,
                             RecordContent input, RecordContent decision, String prevHash, String hash) {

    public static final String GENESIS = "0".repeat(64);

    /** This record with its hash computed: how a new record is made. */
    DecisionRecord sealed(ChainKey key) {
        return new DecisionRecord(seq, decisionId, kind, createdAt, requestedBy, orderId, asOf, ruleSetVersion, listVersion,
                outcome, input, decision, prevHash, computeHash(key));
    }

    /** The hash of this record's content chained to {@code prevHash}, sealed with the chain's key: what {@code hash} must equal. */
    String computeHash(ChainKey key) {
        return key.seal(seq, String.join("\n", decisionId, kind.name(), createdAt.toString(), requestedBy, nz(orderId),
                asOf == null ? "" : asOf.toString(), ruleSetVersion, listVersion, outcome,
                input.sha256(), decision.sha256(), prevHash));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
