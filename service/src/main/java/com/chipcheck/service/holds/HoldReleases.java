package com.chipcheck.service.holds;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.service.policy.JdbcShipmentHistory;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Releasing a held line: a person's decision, kept as its own RELEASE record in the hash chain, never an edit of the
 * decision it releases. Four eyes: the one who checked or uploaded the line may not release it. A line that needs a
 * licence is released only with the licence recorded, valid on the ship date.
 */
@Service
public class HoldReleases {

    public static final String KIND = "RELEASE";

    /**
     * @param reason  why the line may ship: what the reviewer checked (required)
     * @param licence the BIS licence the line ships under (required for a LICENSE_REQUIRED line)
     */
    public record Release(String reason, Licence licence) {
    }

    /** @param validUntil the licence's expiry, if it has one; the ship date must not be after it */
    public record Licence(String number, LocalDate validUntil) {
    }

    private final HeldLines held;
    private final DecisionLedger ledger;
    private final JdbcShipmentHistory shipments;

    public HoldReleases(HeldLines held, DecisionLedger ledger, JdbcShipmentHistory shipments) {
        this.held = held;
        this.ledger = ledger;
        this.shipments = shipments;
    }

    public DecisionRecord release(String decisionId, int lineNo, Release request, String by) {
        HeldLine line = held.find(decisionId, lineNo).orElseThrow(() -> ledger.find(decisionId).isPresent()
                ? new ResponseStatusException(HttpStatus.CONFLICT, "line " + lineNo + " of " + decisionId + " is not held (neither HOLD nor LICENSE_REQUIRED)")
                : new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision " + decisionId));
        // who asked, and what was decided, are read from the chained record, never from the index beside it: editing
        // held_line (its requested_by, its outcome) must not let anyone release their own line or an unheld one
        DecisionRecord original = ledger.find(decisionId).orElseThrow();
        if (!ledger.intact(original)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, decisionId + " does not match its hash: it was edited; nothing is released");
        }
        if (by.equalsIgnoreCase(original.requestedBy())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "four eyes: " + by + " checked or uploaded this line and may not release it;"
                    + " another compliance officer must");
        }
        LineDecision decidedLine = ledger.decision(original).lines().get(lineNo - 1);
        if (decidedLine.outcome() != Outcome.HOLD && decidedLine.outcome() != Outcome.LICENSE_REQUIRED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "line " + lineNo + " of " + decisionId + " is not held ("
                    + decidedLine.outcome() + " in the record)");
        }
        held.supersededBy(line).ifPresent(later -> {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "order " + line.orderId() + " was decided again (" + later
                    + "); release the line of the latest decision");
        });
        held.releasedBy(decisionId, lineNo).ifPresent(earlier -> {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "line " + lineNo + " of " + decisionId + " was already released (" + earlier + ")");
        });
        Map<String, Object> input = validated(line, decidedLine, request);
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("releases", Map.of("decisionId", decisionId, "line", lineNo));
        act.put("lineId", line.lineId());
        act.put("heldOutcome", line.outcome());
        act.put("heldReasons", line.reasons());
        act.put("requestedBy", original.requestedBy());
        act.put("releasedBy", by);
        act.put("reason", input.get("reason"));
        act.put("licence", input.get("licence"));
        // an uploaded order's line now ships, and the yearly TPP cap counts it: read the line before the transaction,
        // which holds the chain's tip (a 100,000-line record takes seconds to read)
        boolean ships = "ORDER".equals(original.kind());
        OrderLine shipped = ships ? ledger.input(original).lines().get(lineNo - 1) : null;
        LineDecision decided = ships ? decidedLine : null;
        try {
            return ledger.inTransaction(() -> {
                DecisionRecord record = ledger.appendAct(KIND, by, line.orderId(), line.shipDate(), original.ruleSetVersion(),
                        original.listVersion(), "RELEASED", input, act);
                held.released(record.decisionId(), line, by, record.createdAt());
                if (ships) {
                    shipments.recordReleased(shipped, decided, record.decisionId());
                }
                return record;
            });
        } catch (DuplicateKeyException e) { // another officer released it a moment ago; this release was rolled back
            throw new ResponseStatusException(HttpStatus.CONFLICT, "line " + lineNo + " of " + decisionId + " was released meanwhile");
        }
    }

    /**
     * A licence-required line needs its licence to be released; so does a held line that carries an enforced licence
     * requirement no licence exception overcomes (a hold may sit on top of one: releasing the hold does not lift it).
     */
    static boolean needsLicence(LineDecision decided) {
        if (decided.outcome() == Outcome.LICENSE_REQUIRED) {
            return true;
        }
        boolean required = decided.licenceRequirements().stream().anyMatch(r -> "ENFORCED".equals(r.scope()));
        boolean exception = decided.exceptionsEvaluated().stream()
                .anyMatch(e -> e.available() && ("NAC".equals(e.code()) || "ACA".equals(e.code())));
        return required && !exception;
    }

    private static Map<String, Object> validated(HeldLine line, LineDecision decided, Release request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "a release needs a reason: what was checked and why the line may ship");
        }
        if (request.reason().length() > 2000) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "the reason is longer than 2000 characters");
        }
        Licence licence = request.licence();
        boolean hasLicence = licence != null && licence.number() != null && !licence.number().isBlank();
        if (needsLicence(decided) && !hasLicence) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "line " + line.lineNo() + " needs a licence: record its number (licence.number)");
        }
        if (hasLicence && licence.number().length() > 100) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "the licence number is longer than 100 characters");
        }
        if (hasLicence && licence.validUntil() != null && line.shipDate() != null && line.shipDate().isAfter(licence.validUntil())) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "licence " + licence.number() + " expires on "
                    + licence.validUntil() + ", before the ship date " + line.shipDate());
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("decisionId", line.decisionId());
        input.put("line", line.lineNo());
        input.put("reason", request.reason().strip());
        input.put("licence", hasLicence ? licence : null);
        return input;
    }
}
