package com.chipcheck.service.holds;

import com.chipcheck.rules.decision.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A line waiting for a person.
 *
 * @param lineNo      the line's position in its decision, from 1 (line ids come from users and may repeat)
 * @param requestedBy who checked or uploaded it: the one person who may not release it
 * @param reasons     the reasons of the decision, "[rule id] text"
 */
public record HeldLine(String decisionId, long recordSeq, int lineNo, String lineId, com.chipcheck.service.records.RecordKind kind, String orderId,
                       Outcome outcome, Instant heldAt, String requestedBy, String partNumber, String destination,
                       String endUser, LocalDate shipDate, List<String> reasons, boolean licenceNeeded) {
}
