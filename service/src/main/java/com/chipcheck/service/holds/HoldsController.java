package com.chipcheck.service.holds;

import com.chipcheck.service.system.InvalidRequestException;
import static com.chipcheck.service.system.PageBounds.pageBounds;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.service.records.DecisionRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.chipcheck.rules.licence.LicenceCoverage;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The queue of lines waiting for a person, and their release (four eyes). */
@RestController
@Tag(name = "holds", description = "Held lines: queue and four-eyes release")
public class HoldsController {

    private static final int MAX_PAGE = 1000;

    private final HeldLines held;
    private final HoldReleases releases;

    public HoldsController(HeldLines held, HoldReleases releases) {
        this.held = held;
        this.releases = releases;
    }

    @GetMapping(value = "/api/v1/holds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open held lines (HOLD, and LICENSE_REQUIRED awaiting a licence), oldest first; of one outcome or one "
            + "decision if asked")
    public Map<String, Object> queue(@RequestParam(required = false) String outcome,
                                     @RequestParam(required = false) String decisionId,
                                     @RequestParam(defaultValue = "0") int offset,
                                     @RequestParam(defaultValue = "100") int limit,
                                     @RequestParam(value = "lang", required = false) String lang,
                                     @org.springframework.web.bind.annotation.RequestHeader(value = org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
                                     jakarta.servlet.http.HttpServletResponse response) {
        com.chipcheck.rules.i18n.DecisionTranslator language = com.chipcheck.rules.i18n.DecisionTranslator.of(
                com.chipcheck.rules.i18n.Language.of(lang != null && !lang.isBlank() ? lang : accepted));
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_LANGUAGE, language.language().tag());
        Outcome only = outcome == null || outcome.isBlank() ? null : releasable(outcome);
        pageBounds("offset", offset, "limit", limit, MAX_PAGE);
        String of = decisionId == null || decisionId.isBlank() ? null : decisionId.strip();
        if (of != null && of.length() > 40) {
            throw new InvalidRequestException("decisionId", "longer than 40 characters");
        }
        List<Map<String, Object>> items = held.open(only, of, offset, limit).stream().map(h -> item(h, language)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", held.countOpen(only, of));
        body.put("offset", offset);
        body.put("holds", items);
        return body;
    }

    @PostMapping(value = "/api/v1/decisions/{decisionId}/lines/{line}/release", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Release a held line with a reason (and a registered licence that covers it, for a line that needs one); "
            + "appends a RELEASE decision record. Not by the one who checked or uploaded it.")
    public ResponseEntity<Map<String, Object>> release(@PathVariable String decisionId, @PathVariable int line,
                                                       @RequestBody(required = false) HoldReleases.Release request, Principal who) {
        HoldReleases.Released released = releases.release(decisionId, line, request, who.getName());
        DecisionRecord record = released.record();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("releaseDecisionId", record.decisionId());
        body.put("releases", Map.of("decisionId", decisionId, "line", line));
        body.put("releasedBy", record.requestedBy());
        body.put("releasedAt", record.createdAt());
        body.put("licence", released.licence());
        body.put("nac", released.nac());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + record.decisionId())).body(body);
    }

    private static Outcome releasable(String outcome) {
        for (Outcome o : HeldLines.RELEASABLE) {
            if (o.name().equalsIgnoreCase(outcome.strip())) {
                return o;
            }
        }
        throw new InvalidRequestException("outcome", "must be one of " + HeldLines.RELEASABLE);
    }

    /** A stored "[rule id] text" in the language asked for; the rule id stays. */
    private static String translated(String stored, com.chipcheck.rules.i18n.DecisionTranslator language) {
        int end = stored.indexOf("] ");
        if (!stored.startsWith("[") || end < 0) {
            return stored;
        }
        String ruleId = stored.substring(1, end);
        return "[" + ruleId + "] " + language.text(ruleId, stored.substring(end + 2));
    }

    private static Map<String, Object> item(HeldLine h, com.chipcheck.rules.i18n.DecisionTranslator language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decisionId", h.decisionId());
        m.put("line", h.lineNo());
        m.put("lineId", h.lineId());
        m.put("kind", h.kind());
        m.put("orderId", h.orderId());
        m.put("outcome", h.outcome());
        m.put("heldAt", h.heldAt());
        m.put("requestedBy", h.requestedBy());
        m.put("partNumber", h.partNumber());
        m.put("destination", h.destination());
        m.put("endUser", h.endUser());
        m.put("shipDate", h.shipDate());
        m.put("reasons", h.reasons().stream().map(r -> translated(r, language)).toList());
        m.put("licenceNeeded", h.licenceNeeded());
        // what the licence ledger said when the line was decided: the nearest licence and why it does not cover the line
        m.put("licenceCoverage", h.reasons().stream().filter(r -> r.startsWith("[" + LicenceCoverage.RULE + "]"))
                .map(r -> language.text(LicenceCoverage.RULE, r.substring(LicenceCoverage.RULE.length() + 3))).findFirst().orElse(null));
        m.put("release", "/api/v1/decisions/" + h.decisionId() + "/lines/" + h.lineNo() + "/release");
        return m;
    }
}
