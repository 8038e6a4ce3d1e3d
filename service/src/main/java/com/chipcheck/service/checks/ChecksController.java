package com.chipcheck.service.checks;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.service.licences.Authorisations;
import com.chipcheck.rules.order.Order;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** {@code POST /api/v1/checks}: decide every line of an order, with the rules and paragraphs behind each answer. */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "checks", description = "Licence-path checks of order lines")
public class ChecksController {

    private final ExportControlEngine engine;
    private final DecisionLedger ledger;
    private final CheckRequestMapper mapper;
    private final Clock clock;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final Authorisations authorisations;
    private io.micrometer.core.instrument.MeterRegistry meters;

    /** The decision latency and the rule base's time per line, for operators. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void meters(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Timer.builder("chipcheck.check.decision").description("time to decide a check, rules and ledgers")
                .publishPercentileHistogram().register(registry);
        io.micrometer.core.instrument.DistributionSummary.builder("chipcheck.rules.seconds.per.line").baseUnit("seconds")
                .description("rule-base time per line of a check").publishPercentileHistogram().register(registry);
        this.meters = registry;
    }

    public ChecksController(ExportControlEngine engine, Clock clock, DecisionLedger ledger, com.fasterxml.jackson.databind.ObjectMapper json,
                            @Value("${chipcheck.checks.max-lines}") int maxLines, Authorisations authorisations) {
        this.engine = engine;
        this.authorisations = authorisations;
        this.ledger = ledger;
        this.clock = clock;
        this.json = json;
        this.mapper = new CheckRequestMapper(engine.reference().catalogue(), maxLines, engine.rates()::current);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check order lines",
            description = "Classifies each line's item (3A090/4A090), applies the destination, headquarters and embargo rules "
                    + "and License Exceptions NAC/ACA as of the as-of date, and returns the outcome with its reasons.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CheckResponse.class)))
    public org.springframework.http.ResponseEntity<String> check(@RequestBody(required = false) CheckRequest request,
                                                                 @org.springframework.web.bind.annotation.RequestParam(value = "lang", required = false) String lang,
                                                                 @org.springframework.web.bind.annotation.RequestHeader(value = org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
                                                                 java.security.Principal who) {
        com.chipcheck.rules.i18n.Language language = com.chipcheck.rules.i18n.Language.of(lang != null && !lang.isBlank() ? lang : accepted);
        Order order = mapper.toOrder(request, LocalDate.now(clock));
        // NAC lines looked up in the notifications, licence-required lines matched to the licences; a check asks, and
        // draws nothing
        long start = System.nanoTime();
        OrderDecision ruled = engine.check(order);
        long rules = System.nanoTime() - start;
        OrderDecision decision = authorisations.now(order, ruled, null);
        if (meters != null) {
            meters.timer("chipcheck.check.decision").record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            meters.summary("chipcheck.rules.seconds.per.line").record(rules / 1e9 / Math.max(1, order.lines().size()));
        }
        DecisionRecord record = ledger.append(com.chipcheck.service.records.RecordKind.CHECK, who == null ? "anonymous" : who.getName(), order, decision);
        // the answer is the stored decision itself, with its id: the JSON written once, for the record and the caller
        String json = language == com.chipcheck.rules.i18n.Language.EN ? record.decision().textOrNull() : null;
        String body = json != null ? "{\"decisionId\":\"" + record.decisionId() + "\"," + json.substring(1)
                // a check of thousands of lines is stored compressed; one asked in Chinese is recorded in English, shown translated
                : write(new CheckResponse(record.decisionId(), com.chipcheck.rules.i18n.DecisionTranslator.of(language).translate(decision)));
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(org.springframework.http.HttpHeaders.CONTENT_LANGUAGE, language.tag()).body(body);
    }

    private String write(CheckResponse response) {
        try {
            return json.writeValueAsString(response);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the check response", e);
        }
    }

    /** The decision with the id of its stored record ({@code GET /api/v1/decisions/{decisionId}}). */
    public record CheckResponse(String decisionId, @JsonUnwrapped OrderDecision decision) {
    }
}
