package com.chipcheck.service.licences;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.licence.LicenceParty;
import com.chipcheck.rules.licence.NacNotification;
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

/** License Exception NAC notifications to BIS and BIS's answers (compliance records them; everyone reads). */
@RestController
@RequestMapping("/api/v1/nac-notifications")
@Tag(name = "nac-notifications", description = "NAC notifications to BIS (15 CFR 740.8(a)(2), (c)), their 25-day review and BIS's answer")
public class NacNotificationsController {

    public record NotificationRequest(List<String> parts, List<String> eccns, String destination, List<LicenceParty> parties,
                                      BigDecimal quantity, BigDecimal value, String currency, LocalDate submitted, String bisConfirmation) {
        NacNotification notification() {
            return new NacNotification(null, set(parts), set(eccns), destination, parties, quantity, value,
                    currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT), submitted,
                    bisConfirmation == null || bisConfirmation.isBlank() ? null : bisConfirmation.strip(), null, null);
        }

        private static Set<String> set(List<String> values) {
            return values == null ? Set.of() : Set.copyOf(values.stream().filter(java.util.Objects::nonNull).toList());
        }
    }

    public record Confirmation(String confirmation) {
    }

    public record Objection(LocalDate objectedOn, String reason) {
    }

    private final NacRegistry registry;
    private final Clock clock;

    public NacNotificationsController(NacRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a NAC notification submitted to BIS (compliance); 400 naming each bad field")
    public ResponseEntity<Map<String, Object>> register(@RequestBody(required = false) NotificationRequest request, Authentication who) {
        if (request == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("(body)", "a notification is required")));
        }
        List<FieldProblem> problems = new ArrayList<>(request.notification().problems());
        if (request.parts() != null && request.parts().size() > 500 || request.eccns() != null && request.eccns().size() > 20
                || request.parties() != null && request.parties().size() > 100) {
            problems.add(new FieldProblem("(body)", "at most 500 parts, 20 ECCNs and 100 parties"));
        }
        if (request.submitted() != null && request.submitted().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("submitted", request.submitted() + " is in the future: register a notification once it is submitted"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        DecisionRecord record = registry.register(request.notification(), who.getName());
        Map<String, Object> body = body(registry.view(record.orderId(), LocalDate.now(clock)).orElseThrow());
        body.put("decisionId", record.decisionId());
        return ResponseEntity.created(URI.create("/api/v1/nac-notifications/" + record.orderId())).body(body);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every NAC notification with its state, earliest ship date, units left and shipments, on a day (today by default)")
    public List<Map<String, Object>> list(@RequestParam(required = false) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return registry.views(day).stream().map(this::body).toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One NAC notification with its state and shipments")
    public Map<String, Object> one(@PathVariable String id, @RequestParam(required = false) LocalDate on) {
        return registry.view(id, on != null ? on : LocalDate.now(clock)).map(this::body)
                .orElseThrow(() -> Refusal.notFound("no NAC notification " + id));
    }

    @PostMapping(value = "/{id}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record BIS's NAC confirmation number (compliance); a chained record; 409 if BIS's answer is recorded already")
    public Map<String, Object> confirm(@PathVariable String id, @RequestBody(required = false) Confirmation confirmation, Authentication who) {
        if (confirmation == null || !NacNotification.isConfirmationNumber(confirmation.confirmation())) {
            throw new InvalidRequestException(List.of(new FieldProblem("confirmation",
                    "is required: letters, digits, spaces, '.', '/' or '-', at most 40 characters")));
        }
        DecisionRecord record = registry.confirm(id, confirmation.confirmation().strip(), who.getName());
        return answered(id, record);
    }

    @PostMapping(value = "/{id}/objection", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that BIS objected, on a day (today by default), with what it said (compliance); its lines then need a licence")
    public Map<String, Object> object(@PathVariable String id, @RequestBody(required = false) Objection objection, Authentication who) {
        if (objection == null || objection.reason() == null || objection.reason().isBlank() || objection.reason().length() > 2000) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", "is required, at most 2000 characters: what BIS said")));
        }
        LocalDate on = objection.objectedOn() != null ? objection.objectedOn() : LocalDate.now(clock);
        DecisionRecord record = registry.object(id, on, objection.reason().strip(), who.getName());
        return answered(id, record);
    }

    private Map<String, Object> answered(String id, DecisionRecord record) {
        Map<String, Object> body = body(registry.view(id, LocalDate.now(clock)).orElseThrow());
        body.put("decisionId", record.decisionId());
        return body;
    }

    private Map<String, Object> body(NacRegistry.View v) {
        NacNotification n = v.notification();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("state", v.state());
        m.put("parts", n.parts().stream().sorted().toList());
        m.put("eccns", n.eccns().stream().sorted().toList());
        m.put("destination", n.destination());
        m.put("parties", n.parties());
        m.put("quantity", n.quantity());
        m.put("remainingQuantity", v.remainingQuantity());
        m.put("value", n.value());
        m.put("remainingValue", v.remainingValue());
        m.put("currency", n.currency());
        m.put("submitted", n.submitted());
        m.put("earliestShipDate", n.earliestShipDate());
        m.put("bisConfirmation", n.bisConfirmation());
        m.put("objectedOn", n.objectedOn());
        m.put("objection", n.objection());
        m.put("registeredBy", v.registeredBy());
        m.put("registeredAt", v.registeredAt());
        m.put("answeredBy", v.answeredBy());
        m.put("shipments", v.shipments());
        return m;
    }
}
