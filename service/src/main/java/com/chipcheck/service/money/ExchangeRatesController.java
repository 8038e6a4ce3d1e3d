package com.chipcheck.service.money;

import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.money.ExchangeRateTableException;
import com.chipcheck.rules.money.ExchangeRateTables;
import com.chipcheck.rules.money.ExchangeRates;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.RecordKind;
import com.chipcheck.service.system.PendingApprovals;
import com.chipcheck.service.system.PendingChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange-rate table prices are converted to USD with: download the one in use, upload a new one (checked row by
 * row first), versions. A new table waits for a second compliance officer, as a policy table does: a rate moves a price
 * into or out of a band. Uploads and approvals are records of the chain.
 */
@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "exchange rates", description = "Dated exchange-rate table for prices in other currencies than USD")
public class ExchangeRatesController {

    static final int MAX_TABLE_BYTES = 2 * 1024 * 1024;

    private final ExchangeRateTables rates;
    private final com.chipcheck.service.shared.KeptVersions<RateFiles.RatesVersion> files;
    private final Clock clock;
    private final DecisionLedger ledger;
    private final ExportControlEngine engine;
    private final PendingApprovals<ExchangeRates> pending;

    public ExchangeRatesController(ExchangeRateTables rates, com.chipcheck.service.shared.KeptVersions<RateFiles.RatesVersion> files, Clock clock, DecisionLedger ledger,
                                   ExportControlEngine engine, PendingChanges changes) {
        this.rates = rates;
        this.files = files;
        this.clock = clock;
        this.ledger = ledger;
        this.engine = engine;
        this.pending = changes.queue("exchange-rate table", "RATES", new PendingApprovals.Codec<>() {
            @Override
            public byte[] content(ExchangeRates table) {
                return table.file();
            }

            @Override
            public String note(ExchangeRates table) {
                return null;
            }

            @Override
            public ExchangeRates read(byte[] content, String note, String by, Instant at) {
                return ExchangeRates.parse(content); // checked when proposed
            }
        });
    }

    @GetMapping(value = "/table", produces = "text/csv")
    @Operation(summary = "The exchange-rate table in use (CSV: currency,valid_from,valid_to,usd_per_unit,source)")
    public ResponseEntity<byte[]> table() {
        ExchangeRates table = rates.current();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table.version() + ".csv").build().toString())
                .header("X-Exchange-Rates-Version", table.version())
                .body(table.file());
    }

    @PutMapping(value = "/table", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Propose a new exchange-rate table; a bad row is refused naming it, and the table in use stays")
    public ResponseEntity<Map<String, Object>> replace(@RequestBody byte[] csv, Principal who) {
        if (csv.length > MAX_TABLE_BYTES) {
            throw new ExchangeRateTableException("the table is larger than " + MAX_TABLE_BYTES / 1024 / 1024 + " MB");
        }
        ExchangeRates candidate = ExchangeRates.parse(csv);
        String by = who == null ? "anonymous" : who.getName();
        PendingApprovals.Pending<ExchangeRates> proposed = pending.propose(candidate.version(), by, clock.instant(), candidate);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", candidate.version());
        body.put("current", rates.current().version());
        body.put("rows", candidate.rows());
        body.put("currencies", new java.util.TreeSet<>(candidate.currencies()));
        body.put("status", "PENDING_APPROVAL");
        body.put("proposedBy", proposed.proposedBy()); // the same table proposed earlier by another officer stays theirs
        body.put("approve", "/api/v1/exchange-rates/versions/" + candidate.version() + "/approve");
        act(RecordKind.RATES_PUT, by, Map.of("version", candidate.version()), body);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @PostMapping(value = "/versions/{version}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Put a proposed exchange-rate table in use: by a compliance officer other than the one who uploaded it (four eyes)")
    public Map<String, Object> approve(@PathVariable String version, Principal who) {
        String by = who == null ? "anonymous" : who.getName();
        PendingApprovals.Pending<ExchangeRates> p = pending.approve(version, by);
        String previous = rates.current().version();
        files.keep(p.change().file(), new RateFiles.RatesVersion(version, clock.instant(), p.proposedBy() + ", approved by " + by,
                p.change().rows()));
        rates.replace(p.change());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("previous", previous);
        body.put("uploadedBy", p.proposedBy());
        body.put("approvedBy", by);
        act(RecordKind.RATES_APPROVAL, by, Map.of("version", version, "uploadedBy", p.proposedBy()), body);
        return body;
    }

    @GetMapping(value = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every exchange-rate table put in use, the current one and those waiting for approval")
    public Map<String, Object> versions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", rates.current().version());
        body.put("currencies", new java.util.TreeSet<>(rates.current().currencies()));
        List<RateFiles.RatesVersion> loaded = files.versions();
        body.put("loaded", loaded);
        body.put("pending", pending.all().stream().map(p -> Map.of("version", p.id(), "uploadedBy", p.proposedBy(),
                "uploadedAt", p.proposedAt(), "approve", "/api/v1/exchange-rates/versions/" + p.id() + "/approve")).toList());
        return body;
    }

    /** An upload or an approval is itself a record of the chain. */
    private void act(RecordKind kind, String by, Map<String, Object> asked, Map<String, Object> answer) {
        ledger.inTransaction(() -> ledger.appendAct(kind, by, null, LocalDate.now(clock), engine.ruleSetVersion(),
                engine.lists().current().list().version().id(), "ACCEPTED", asked, new LinkedHashMap<>(answer)));
    }
}
