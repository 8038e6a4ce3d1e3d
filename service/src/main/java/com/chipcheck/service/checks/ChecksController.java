package com.chipcheck.service.checks;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
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
import org.springframework.web.bind.annotation.RequestHeader;
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

    public ChecksController(ExportControlEngine engine, Clock clock, DecisionLedger ledger,
                            @Value("${chipcheck.checks.max-lines}") int maxLines) {
        this.engine = engine;
        this.ledger = ledger;
        this.clock = clock;
        this.mapper = new CheckRequestMapper(engine.reference().catalogue(), maxLines);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check order lines",
            description = "Classifies each line's item (3A090/4A090), applies the destination, headquarters and embargo rules "
                    + "and License Exceptions NAC/ACA as of the as-of date, and returns the outcome with its reasons.")
    public CheckResponse check(@RequestBody(required = false) CheckRequest request,
                               java.security.Principal who) {
        Order order = mapper.toOrder(request, LocalDate.now(clock));
        OrderDecision decision = engine.check(order);
        DecisionRecord record = ledger.append("CHECK", who == null ? "anonymous" : who.getName(), order, decision);
        return new CheckResponse(record.decisionId(), decision);
    }

    /** The decision with the id of its stored record ({@code GET /api/v1/decisions/{decisionId}}). */
    public record CheckResponse(String decisionId, @JsonUnwrapped OrderDecision decision) {
    }
}
