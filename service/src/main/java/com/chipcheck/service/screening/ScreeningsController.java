package com.chipcheck.service.screening;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.rules.screening.FalsePositive;
import com.chipcheck.rules.screening.ListEntry;
import com.chipcheck.rules.screening.PartyScreening;
import com.chipcheck.rules.screening.Screener;
import com.chipcheck.rules.screening.ScreeningLists;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import com.chipcheck.service.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ad-hoc party screening, and the register of reviewed false positives. */
@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "screenings", description = "Restricted-party screening")
public class ScreeningsController {

    public record PartyRequest(String name, String country) {
    }

    public record ScreeningRequest(List<PartyRequest> parties) {
    }

    public record FalsePositiveRequest(String party, String country, String entryId, String reason, String reviewer,
                                       LocalDate expires) {
    }

    private static final int MAX_PARTIES = 1000;
    private static final int MAX_REVIEW_DAYS = 366;

    /** The record kind of an ad-hoc screening in the chain of decision records. */

    private final ScreeningLists lists;
    private final JdbcFalsePositiveRegister register;
    private final Clock clock;
    private final DecisionLedger ledger;
    private final String engineVersion;

    public ScreeningsController(ScreeningLists lists, JdbcFalsePositiveRegister register, Clock clock, DecisionLedger ledger,
                                com.chipcheck.rules.engine.ExportControlEngine engine) {
        this.lists = lists;
        this.register = register;
        this.clock = clock;
        this.ledger = ledger;
        this.engineVersion = engine.ruleSetVersion();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Screen parties by name and country against the list version in use")
    public Map<String, Object> screen(@RequestBody ScreeningRequest request, java.security.Principal who) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || request.parties() == null || request.parties().isEmpty()) {
            throw new InvalidRequestException("parties", "at least one party is required");
        }
        if (request.parties().size() > MAX_PARTIES) {
            throw new InvalidRequestException("parties", "at most " + MAX_PARTIES + " parties per request");
        }
        for (int i = 0; i < request.parties().size(); i++) {
            PartyRequest p = request.parties().get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                problems.add(new FieldProblem("parties[" + i + "].name", "is required"));
            } else if (p.name().length() > 500) {
                problems.add(new FieldProblem("parties[" + i + "].name", "is longer than 500 characters"));
            }
            if (p != null && p.country() != null && !p.country().isBlank() && Countries.resolve(p.country()).isEmpty()) {
                problems.add(new FieldProblem("parties[" + i + "].country", "\"" + p.country() + "\" is not a country"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Screener screener = lists.current();
        List<PartyScreening> results = request.parties().stream()
                .map(p -> screener.screen("PARTY", p.name(), Countries.resolve(p.country()).orElse(null))).toList();
        // every screening is a record of the chain: who asked about which names, and what the list answered
        String outcome = results.stream().anyMatch(r -> r.hits().stream().anyMatch(h -> h.certainty() == com.chipcheck.rules.screening.Certainty.MATCH))
                ? "HIT" : results.stream().anyMatch(r -> !r.hits().isEmpty() || r.lookAlikes() != null) ? "POSSIBLE_HIT" : "CLEAR";
        DecisionRecord record = ledger.inTransaction(() -> ledger.appendAct(com.chipcheck.service.records.RecordKind.SCREENING, who == null ? "anonymous" : who.getName(), null,
                LocalDate.now(clock), engineVersion, screener.list().version().id(), outcome, request,
                Map.of("outcome", outcome, "results", results)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionId", record.decisionId());
        body.put("listVersion", screener.list().version().id());
        body.put("results", results);
        return body;
    }

    @PostMapping(value = "/false-positives", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that a party is not a list entry (reason, reviewer, expiry); once another officer approves it, it suppresses that pair only")
    public FalsePositive record(@RequestBody FalsePositiveRequest request, java.security.Principal who) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (request.party() == null || request.party().isBlank()) {
            problems.add(new FieldProblem("party", "is required"));
        }
        if (request.country() != null && !request.country().isBlank() && Countries.resolve(request.country()).isEmpty()) {
            problems.add(new FieldProblem("country", "\"" + request.country() + "\" is not a country"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "is required: say why the party is not the entry"));
        }
        // the reviewer is the signed-in compliance officer; a "reviewer" field in the request is only a fallback
        String reviewer = who != null ? who.getName() : request.reviewer();
        if (reviewer == null || reviewer.isBlank()) {
            problems.add(new FieldProblem("reviewer", "is required"));
        }
        if (request.expires() == null || !request.expires().isAfter(today) || request.expires().isAfter(today.plusDays(MAX_REVIEW_DAYS))) {
            problems.add(new FieldProblem("expires", "must be a date after today and at most " + MAX_REVIEW_DAYS + " days ahead"));
        }
        ListEntry entry = lists.current().list().entries().stream().filter(e -> e.id().equals(request.entryId())).findFirst().orElse(null);
        if (entry == null) {
            problems.add(new FieldProblem("entryId", "\"" + request.entryId() + "\" is no entry of the list in use"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        FalsePositive fp = new FalsePositive("FP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), request.party().trim(),
                Countries.resolve(request.country()).orElse(null), entry.id(), entry.contentHash(), request.reason().trim(),
                reviewer.trim(), clock.instant(), request.expires());
        ledger.inTransaction(() -> { // the record first: if it cannot be written, the register is not touched
            DecisionRecord act = ledger.appendAct(com.chipcheck.service.records.RecordKind.FALSE_POSITIVE, reviewer.trim(), null, today, engineVersion,
                    lists.current().list().version().id(), "PENDING_APPROVAL", request, fp);
            register.record(fp);
            return act;
        });
        return fp;
    }

    @PostMapping(value = "/false-positives/{id}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve a recorded false positive: by a compliance officer other than its reviewer (four eyes); it applies from then")
    public FalsePositive approve(@org.springframework.web.bind.annotation.PathVariable String id, java.security.Principal who) {
        String by = who == null ? "anonymous" : who.getName();
        FalsePositive fp = register.find(id).orElseThrow(() ->
                Refusal.notFound("no false positive " + id));
        if (fp.isApproved()) {
            throw Refusal.conflict(id + " was approved by " + fp.approvedBy());
        }
        if (fp.reviewer().equalsIgnoreCase(by)) {
            throw Refusal.fourEyes("four eyes: " + by
                    + " recorded " + id + " and may not approve it; another compliance officer does");
        }
        FalsePositive approved = fp.approved(by, clock.instant());
        return ledger.inTransaction(() -> { // the record first: if it cannot be written, the register is not touched
            ledger.appendAct(com.chipcheck.service.records.RecordKind.FP_APPROVAL, by, null, LocalDate.now(clock), engineVersion, lists.current().list().version().id(),
                    "APPROVED", Map.of("id", id), approved);
            return register.approve(id, by, approved.approvedAt());
        });
    }

    @GetMapping(value = "/false-positives", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every reviewed false positive, with whether it still suppresses its entry and, if not, why")
    public List<Map<String, Object>> falsePositives() {
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> out = new ArrayList<>();
        for (FalsePositive fp : register.all()) {
            ListEntry current = lists.current().list().entries().stream().filter(e -> e.id().equals(fp.entryId())).findFirst().orElse(null);
            String reopened = fp.reopenedBecause(current, today);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("falsePositive", fp);
            row.put("status", !fp.isApproved() ? "PENDING_APPROVAL" : reopened == null ? "IN_FORCE" : "REOPENED");
            row.put("reopenedBecause", reopened);
            out.add(row);
        }
        return out;
    }
}
