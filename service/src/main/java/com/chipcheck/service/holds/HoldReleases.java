package com.chipcheck.service.holds;

import com.chipcheck.service.system.InvalidRequestException;
import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.service.policy.JdbcShipmentHistory;
import com.chipcheck.rules.decision.LicenceUse;
import com.chipcheck.rules.licence.LicenceCoverage;
import com.chipcheck.rules.licence.LicenceStanding;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.decision.NacStatus;
import com.chipcheck.rules.decision.NacUse;
import com.chipcheck.rules.licence.NacReview;
import com.chipcheck.service.licences.LicenceRegistry;
import com.chipcheck.service.licences.NacRegistry;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Releasing a held line: a person's decision, kept as its own RELEASE record in the hash chain, never an edit of the
 * decision it releases. Four eyes: the one who checked or uploaded the line may not release it. A line that needs a
 * licence is released only with the licence recorded, valid on the ship date.
 */
@Service
public class HoldReleases {

    public static final com.chipcheck.service.records.RecordKind KIND = com.chipcheck.service.records.RecordKind.RELEASE;

    /**
     * @param reason  why the line may ship: what the reviewer checked (required)
     * @param licence the BIS licence the line ships under (required for a LICENSE_REQUIRED line)
     */
    public record Release(String reason, Licence licence) {
    }

    /** @param number a registered licence (POST /api/v1/licences); its terms, not the request, say what it covers */
    public record Licence(String number) {
    }

    /**
     * The registered licence that covers the line, with what is drawn from it now; 422 naming what is missing when it
     * is not registered or does not cover it.
     */
    private LicenceUse covering(String number, OrderLine asked, LineDecision decided, int lineNo) {
        if (number.length() > 40 || licences.find(number).isEmpty()) {
            throw Refusal.refused("licence " + (number.length() > 40 ? number.substring(0, 40) + "…" : number)
                    + " is not registered: register it first (POST /api/v1/licences)");
        }
        List<LicenceStanding> only = licences.book(Long.MAX_VALUE).stream()
                .filter(s -> s.licence().number().equals(number)).toList();
        LineDecision asRequired = decided.withLicence(Outcome.LICENSE_REQUIRED, decided.reasons(), null);
        LineDecision covered = new LicenceCoverage(only).apply(asked, asRequired);
        if (covered.outcome() != Outcome.LICENSED) {
            String why = covered.reasons().get(covered.reasons().size() - 1).text().replaceFirst("^No registered licence covers the line: the nearest, ", "");
            throw Refusal.refused("licence " + why + " (line " + lineNo + ")");
        }
        return covered.licence();
    }

    private final HeldLines held;
    private final DecisionLedger ledger;
    private final JdbcShipmentHistory shipments;
    private final LicenceRegistry licences;
    private final NacRegistry notifications;

    public HoldReleases(HeldLines held, DecisionLedger ledger, JdbcShipmentHistory shipments, LicenceRegistry licences,
                        NacRegistry notifications) {
        this.notifications = notifications;
        this.held = held;
        this.ledger = ledger;
        this.shipments = shipments;
        this.licences = licences;
    }

    /**
     * A release: its record, and the registered licence the line ships under, or the cleared NAC notification (null for
     * a line that needs neither).
     */
    public record Released(DecisionRecord record, LicenceUse licence, NacUse nac) {
        public String decisionId() {
            return record.decisionId();
        }
    }

    public Released release(String decisionId, int lineNo, Release request, String by) {
        HeldLine line = held.find(decisionId, lineNo).orElseThrow(() -> ledger.find(decisionId).isPresent()
                ? Refusal.conflict("line " + lineNo + " of " + decisionId + " is not held (neither HOLD nor LICENSE_REQUIRED)")
                : Refusal.notFound("no decision " + decisionId));
        // who asked, and what was decided, are read from the chained record, never from the index beside it: editing
        // held_line (its requested_by, its outcome) must not let anyone release their own line or an unheld one
        DecisionRecord original = ledger.find(decisionId).orElseThrow();
        if (!ledger.intact(original)) {
            throw Refusal.conflict(decisionId + " does not match its hash: it was edited; nothing is released");
        }
        if (by.equalsIgnoreCase(original.requestedBy())) {
            throw Refusal.fourEyes("four eyes: " + by + " checked or uploaded this line and may not release it;"
                    + " another compliance officer must");
        }
        LineDecision decidedLine = ledger.decision(original).lines().get(lineNo - 1);
        if (decidedLine.outcome() != Outcome.HOLD && decidedLine.outcome() != Outcome.LICENSE_REQUIRED) {
            throw Refusal.conflict("line " + lineNo + " of " + decisionId + " is not held ("
                    + decidedLine.outcome() + " in the record)");
        }
        held.supersededBy(line).ifPresent(later -> {
            throw Refusal.conflict("order " + line.orderId() + " was decided again (" + later
                    + "); release the line of the latest decision");
        });
        held.releasedBy(decisionId, lineNo).ifPresent(earlier -> {
            throw Refusal.conflict("line " + lineNo + " of " + decisionId + " was already released (" + earlier + ")");
        });
        boolean ships = original.kind() == com.chipcheck.service.records.RecordKind.ORDER;
        OrderLine asked = ledger.input(original).lines().get(lineNo - 1);
        Map<String, Object> input = validated(line, decidedLine, request);
        boolean licenceNamed = request.licence() != null && request.licence().number() != null && !request.licence().number().isBlank();
        LicenceUse use = needsLicence(decidedLine) || (needsNac(decidedLine) && licenceNamed)
                ? covering(request.licence().number(), asked, decidedLine, lineNo) : null;
        NacUse nac = use == null && needsNac(decidedLine) ? clearedNac(asked, decidedLine, lineNo) : null;
        input.put("licence", use);
        input.put("nac", nac);
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("releases", Map.of("decisionId", decisionId, "line", lineNo));
        act.put("lineId", line.lineId());
        act.put("heldOutcome", line.outcome());
        act.put("heldReasons", line.reasons());
        act.put("requestedBy", original.requestedBy());
        act.put("releasedBy", by);
        act.put("reason", input.get("reason"));
        act.put("licence", input.get("licence"));
        act.put("nac", nac);
        // an uploaded order's line now ships, and the yearly TPP cap counts it: read the line before the transaction,
        // which holds the chain's tip (a 100,000-line record takes seconds to read)
        OrderLine shipped = ships ? asked : null;
        LineDecision decided = ships ? decidedLine : null;
        try {
            return new Released(ledger.inTransaction(() -> {
                DecisionRecord record = ledger.appendAct(KIND, by, line.orderId(), line.shipDate(), original.ruleSetVersion(),
                        original.listVersion(), "RELEASED", input, act);
                held.released(record.decisionId(), line, by, record.createdAt());
                if (ships) {
                    shipments.recordReleased(shipped, decided, record.decisionId());
                    if (use != null) { // the released order line now ships under the licence: drawn down with it
                        licences.drawReleased(record, use.number(), shipped, lineNo, by);
                    }
                    if (nac != null) { // or under License Exception NAC: counted against its notification
                        notifications.shipReleased(record, nac.notificationId(), shipped, lineNo);
                    }
                }
                return record;
            }), use, nac);
        } catch (DuplicateKeyException e) { // another officer released it a moment ago; this release was rolled back
            throw Refusal.conflict("line " + lineNo + " of " + decisionId + " was released meanwhile");
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

    /**
     * A held line that carries an enforced licence requirement which only License Exception NAC overcomes: releasing
     * the hold ships it under NAC, which needs a cleared notification to BIS (740.8(a)(2)) unless a licence covers it.
     */
    static boolean needsNac(LineDecision decided) {
        if (decided.outcome() != Outcome.HOLD) {
            return false;
        }
        boolean required = decided.licenceRequirements().stream().anyMatch(r -> "ENFORCED".equals(r.scope()));
        boolean nac = decided.exceptionsEvaluated().stream().anyMatch(e -> e.available() && "NAC".equals(e.code()));
        boolean aca = decided.exceptionsEvaluated().stream().anyMatch(e -> e.available() && "ACA".equals(e.code()));
        return required && nac && !aca;
    }

    /** The NAC notification that has cleared the line now; 422 saying where it stands otherwise. */
    private NacUse clearedNac(OrderLine asked, LineDecision decided, int lineNo) {
        LineDecision asNac = decided.withNac(Outcome.NAC, decided.reasons(), null);
        LineDecision looked = new NacReview(notifications.book(Long.MAX_VALUE, null)).apply(asked, asNac);
        if (looked.outcome() == Outcome.NAC && looked.nac() != null && looked.nac().status() == NacStatus.CLEARED) {
            return looked.nac();
        }
        String why = looked.reasons().get(looked.reasons().size() - 1).text();
        throw Refusal.refused("line " + lineNo + " ships only under License Exception NAC or a licence: "
                + why + " Record BIS's confirmation of its notification, or name a registered licence that covers the line (licence.number)");
    }

    private static Map<String, Object> validated(HeldLine line, LineDecision decided, Release request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) { // a field: 400, like every invalid field
            throw new com.chipcheck.service.system.InvalidRequestException("reason", "a release needs a reason: what was checked and why the line may ship");
        }
        if (request.reason().length() > 2000) {
            throw new com.chipcheck.service.system.InvalidRequestException("reason", "is longer than 2000 characters");
        }
        boolean named = request.licence() != null && request.licence().number() != null && !request.licence().number().isBlank();
        if (needsLicence(decided) && !named) {
            throw Refusal.refused("line " + line.lineNo()
                    + " needs a licence: name a registered licence that covers it (licence.number)");
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("decisionId", line.decisionId());
        input.put("line", line.lineNo());
        input.put("reason", request.reason().strip());
        return input;
    }
}
