package com.chipcheck.service.licences;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.licence.Licence;
import com.chipcheck.rules.licence.LicenceParty;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.service.records.DecisionRecord;
import com.chipcheck.service.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The licence ledger: register, list, read and revoke BIS licences (compliance registers; everyone reads). */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "licences", description = "Registered BIS licences and their draw-downs")
public class LicencesController {

    /** Licences whose expiry falls within this many days are flagged in the list. */
    static final int EXPIRY_WARNING_DAYS = 30;

    public record LicenceRequest(String number, LocalDate validFrom, LocalDate validUntil, List<String> eccns, List<String> parts,
                                 List<String> destinations, List<LicenceParty> parties, BigDecimal quantity, BigDecimal value,
                                 String currency, String provisos) {
        Licence licence() {
            return new Licence(number, validFrom, validUntil, set(eccns), set(parts), set(destinations), parties, quantity, value,
                    currency, provisos, null);
        }

        private static Set<String> set(List<String> values) {
            return values == null ? Set.of() : Set.copyOf(values.stream().filter(java.util.Objects::nonNull).toList());
        }
    }

    public record Revocation(String reason, LocalDate revokedOn) {
    }

    private final LicenceRegistry registry;
    private final Clock clock;

    public LicencesController(LicenceRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a BIS licence (compliance); 400 naming each bad field, 409 if the number is registered")
    public ResponseEntity<Map<String, Object>> register(@RequestBody(required = false) LicenceRequest request, Authentication who) {
        if (request == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("(body)", "a licence is required")));
        }
        List<FieldProblem> problems = new ArrayList<>(request.licence().problems());
        if (request.eccns() != null && request.eccns().size() > 20 || request.parts() != null && request.parts().size() > 500
                || request.destinations() != null && request.destinations().size() > 250 || request.parties() != null && request.parties().size() > 100) {
            problems.add(new FieldProblem("(body)", "at most 20 ECCNs, 500 parts, 250 destinations and 100 parties"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        DecisionRecord record = registry.register(request.licence(), who.getName());
        Map<String, Object> body = body(registry.view(request.number(), LocalDate.now(clock)).orElseThrow());
        body.put("decisionId", record.decisionId());
        return ResponseEntity.created(URI.create("/api/v1/licences/" + request.number())).body(body);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every registered licence with its status, what is left and its draw-downs, on a day (today by default)")
    public List<Map<String, Object>> list(@RequestParam(required = false) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return registry.views(day).stream().map(this::body).toList();
    }

    @GetMapping(value = "/workbook.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Every licence as a workbook: a row per licence with its standing, and the draw-downs on a second sheet")
    public ResponseEntity<byte[]> workbook(@RequestParam(required = false) LocalDate on) throws java.io.IOException {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        LicenceWorkbook.write(registry.views(day), day, out);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"licences-" + day + ".xlsx\"")
                .contentType(com.chipcheck.service.system.MediaTypes.XLSX).body(out.toByteArray());
    }

    @PostMapping(value = "/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register the licences of a workbook, one per row (compliance): each row REGISTERED, ALREADY_REGISTERED "
            + "(same number and terms) or REFUSED with its problems; the rows registered stay registered whatever the others")
    public Map<String, Object> upload(@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Authentication who) {
        List<LicenceWorkbook.RowRead> rows;
        try (java.io.InputStream in = file.getInputStream()) {
            rows = LicenceWorkbook.read(in);
        } catch (IllegalArgumentException e) {
            throw Refusal.refused("The licence workbook cannot be used: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) { // POI's many ways of saying the bytes are no workbook, or a zip bomb
            throw Refusal.refused("The licence workbook cannot be used: it is not a readable .xlsx workbook");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("REGISTERED", 0, "ALREADY_REGISTERED", 0, "REFUSED", 0));
        for (LicenceWorkbook.RowRead row : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("row", row.row());
            r.put("number", row.request().number());
            List<String> problems = new ArrayList<>(row.problems());
            Licence asked = row.request().licence();
            asked.problems().forEach(p -> problems.add(p.field() + ": " + p.message()));
            String result;
            if (!problems.isEmpty()) {
                result = "REFUSED";
            } else {
                java.util.Optional<Licence> known = registry.find(asked.number());
                if (known.isPresent()) {
                    result = sameTerms(known.get(), asked) ? "ALREADY_REGISTERED" : "REFUSED";
                    if (result.equals("REFUSED")) {
                        problems.add("number: " + asked.number() + " is registered with other terms; a licence is never edited");
                    }
                } else {
                    try {
                        r.put("decisionId", registry.register(asked, who.getName()).decisionId());
                        result = "REGISTERED";
                    } catch (Refusal e) { // registered by someone else a moment ago
                        problems.add("number: " + e.getMessage());
                        result = "REFUSED";
                    }
                }
            }
            r.put("result", result);
            r.put("problems", problems);
            counts.merge(result, 1, Integer::sum);
            results.add(r);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", file.getOriginalFilename() == null ? null : file.getOriginalFilename().substring(0, Math.min(200, file.getOriginalFilename().length())));
        body.put("counts", counts);
        body.put("rows", results);
        return body;
    }

    /** The same licence: every term equal, numbers compared by value (10 and 10.0 are one quantity). */
    private static boolean sameTerms(Licence a, Licence b) {
        return a.validFrom().equals(b.validFrom()) && a.validUntil().equals(b.validUntil()) && a.eccns().equals(b.eccns())
                && a.parts().equals(b.parts()) && a.destinations().equals(b.destinations()) && a.parties().equals(b.parties())
                && sameNumber(a.quantity(), b.quantity()) && sameNumber(a.value(), b.value())
                && java.util.Objects.equals(a.currency(), b.currency()) && java.util.Objects.equals(a.provisos(), b.provisos());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One licence with its status, what is left and its draw-downs")
    public Map<String, Object> one(@PathVariable String number, @RequestParam(required = false) LocalDate on) {
        return registry.view(number, on != null ? on : LocalDate.now(clock)).map(this::body)
                .orElseThrow(() -> Refusal.notFound("no licence " + number));
    }

    @PostMapping(value = "/{number}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a licence from a day (today by default), with a reason (compliance); a chained record")
    public Map<String, Object> revoke(@PathVariable String number, @RequestBody(required = false) Revocation revocation, Authentication who) {
        if (revocation == null || revocation.reason() == null || revocation.reason().isBlank() || revocation.reason().length() > 2000) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", "is required, at most 2000 characters")));
        }
        LocalDate from = revocation.revokedOn() != null ? revocation.revokedOn() : LocalDate.now(clock);
        DecisionRecord record = registry.revoke(number, from, revocation.reason().strip(), who.getName());
        Map<String, Object> body = body(registry.view(number, LocalDate.now(clock)).orElseThrow());
        body.put("decisionId", record.decisionId());
        // lines already decided LICENSED under it, to ship on or after the revocation: no longer authorised; decide
        // their orders again (POST /api/v1/orders/{orderId}/rerun) before they ship
        body.put("toDecideAgain", registry.view(number, LocalDate.now(clock)).orElseThrow().drawdowns().stream()
                .filter(d -> d.shipDate() == null || !d.shipDate().isBefore(from)).toList());
        return body;
    }

    private Map<String, Object> body(LicenceRegistry.View v) {
        Licence l = v.licence();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", l.number());
        m.put("status", v.status());
        m.put("validFrom", l.validFrom());
        m.put("validUntil", l.validUntil());
        m.put("expiresWithin30Days", !today.isAfter(l.validUntil()) && !l.validUntil().isAfter(today.plusDays(EXPIRY_WARNING_DAYS)));
        m.put("eccns", l.eccns().stream().sorted().toList());
        m.put("parts", l.parts().stream().sorted().toList());
        m.put("destinations", l.destinations().stream().sorted().toList());
        m.put("parties", l.parties());
        m.put("quantity", l.quantity());
        m.put("remainingQuantity", v.remainingQuantity());
        m.put("value", l.value());
        m.put("remainingValue", v.remainingValue());
        m.put("currency", l.currency());
        m.put("provisos", l.provisos());
        m.put("revokedOn", l.revokedOn());
        m.put("revocationReason", v.revocationReason());
        m.put("registeredBy", v.registeredBy());
        m.put("registeredAt", v.registeredAt());
        m.put("drawdowns", v.drawdowns());
        return m;
    }
}
