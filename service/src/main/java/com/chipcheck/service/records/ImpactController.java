package com.chipcheck.service.records;

import com.chipcheck.rules.country.CountryGroups;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.facts.Thresholds;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.service.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Impact analysis: re-runs every stored check and order under a candidate change (another as-of date, another
 * Country Group table or other 3A090 thresholds, supplied as data) beside the rules and data in force, and reports each line whose outcome
 * would flip, as JSON and as a workbook. Nothing stored is changed.
 */
@RestController
@RequestMapping("/api/v1/impact")
@Tag(name = "impact", description = "What a change of date or reference data would flip")
public class ImpactController {

    /**
     * @param countryGroupsCsv a whole replacement for reference/country_groups.csv, in its format
     * @param thresholdsCsv    a whole replacement for reference/thresholds.csv (the 3A090 thresholds), in its format
     */
    public record ImpactRequest(String description, LocalDate asOf, String countryGroupsCsv, String thresholdsCsv) {

        boolean hasCountryGroups() {
            return countryGroupsCsv != null && !countryGroupsCsv.isBlank();
        }

        boolean hasThresholds() {
            return thresholdsCsv != null && !thresholdsCsv.isBlank();
        }
    }

    /**
     * A line whose answer would change: its outcome, or for a NAC line its notification status ("NAC WAITING").
     *
     * @param licenceLost the licence the line ships under now and would not under the change (null if none is lost)
     */
    public record Flip(String decisionId, String kind, String orderId, String lineId, String partNumber, String destination,
                       String before, String after, String licenceLost, List<String> reasonsAfter) {
    }

    private static final int KEPT_REPORTS = 20;

    private final DecisionLedger ledger;
    private final ExportControlEngine engine;
    private final Clock clock;
    private final Map<String, byte[]> reports = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT_REPORTS; // reports are derived and reproducible: only the recent ones are kept
        }
    });

    private final List<AfterRules> afterRules;

    public ImpactController(DecisionLedger ledger, ExportControlEngine engine, Clock clock, List<AfterRules> afterRules) {
        this.afterRules = List.copyOf(afterRules);
        this.ledger = ledger;
        this.engine = engine;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-run stored checks and orders under a candidate as-of date and/or Country Group table")
    public Map<String, Object> impact(@RequestBody ImpactRequest request) throws IOException {
        if (request == null || (request.asOf() == null && !request.hasCountryGroups() && !request.hasThresholds())) {
            throw new InvalidRequestException("asOf", "give a candidate asOf date, a countryGroupsCsv table, a thresholdsCsv table, or several");
        }
        ReferenceData ref = engine.reference();
        if (request.hasCountryGroups()) {
            try {
                ref = ref.withCountryGroups(CountryGroups.parse(request.countryGroupsCsv().getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                throw new InvalidRequestException("countryGroupsCsv", "not a Country Group table in the format of country_groups.csv: " + e.getMessage());
            }
        }
        if (request.hasThresholds()) {
            try {
                ref = ref.withThresholds(Thresholds.parse(request.thresholdsCsv().getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                throw new InvalidRequestException("thresholdsCsv", "not a threshold table in the format of thresholds.csv: " + e.getMessage());
            }
        }
        ExportControlEngine candidate = ref == engine.reference() ? engine : engine.withReference(ref);
        List<Flip> flips = new ArrayList<>();
        int[] counts = new int[2];
        ExportControlEngine changed = candidate;
        for (RecordKind kind : List.of(RecordKind.CHECK, RecordKind.ORDER)) {
            ledger.forEach(kind, record -> {
                Order asStored = ledger.input(record);
                Order asChanged = request.asOf() == null ? asStored : asStored.withAsOf(request.asOf());
                String orderId = kind == RecordKind.ORDER ? record.orderId() : null; // an order decided again gets its own draws back
                OrderDecision before = afterRules(asStored, engine.check(asStored), orderId);
                OrderDecision after = afterRules(asChanged, changed.check(asChanged), orderId);
                counts[0]++;
                for (int i = 0; i < before.lines().size(); i++) {
                    counts[1]++;
                    LineDecision b = before.lines().get(i);
                    LineDecision a = after.lines().get(i);
                    if (!answer(a).equals(answer(b))) {
                        OrderLine line = asStored.lines().get(i);
                        String lost = b.licence() != null && (a.licence() == null || !a.licence().number().equals(b.licence().number()))
                                ? b.licence().number() : null;
                        flips.add(new Flip(record.decisionId(), kind.name(), record.orderId(), b.lineId(), b.partNumber(),
                                line.destinationCountry(), answer(b), answer(a), lost,
                                a.reasons().stream().map(r -> "[" + r.ruleId() + "] " + r.text()).toList()));
                    }
                }
            });
        }
        String id = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        reports.put(id, workbook(request, flips, counts));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("impactId", id);
        body.put("description", request.description());
        body.put("candidateAsOf", request.asOf());
        body.put("candidateCountryGroups", request.hasCountryGroups());
        body.put("candidateThresholds", request.hasThresholds());
        body.put("recordsRerun", counts[0]);
        body.put("linesRerun", counts[1]);
        body.put("linesFlipping", flips.size());
        body.put("linesLosingLicence", flips.stream().filter(f -> f.licenceLost() != null).count());
        body.put("flips", flips);
        body.put("report", "/api/v1/impact/" + id + "/report.xlsx");
        return body;
    }

    /** The decision as the service would give it now: NAC notifications and licences consulted after the rules. */
    private OrderDecision afterRules(Order input, OrderDecision ruled, String orderId) {
        OrderDecision d = ruled;
        for (AfterRules step : afterRules) {
            d = step.now(input, d, orderId);
        }
        return d;
    }

    /** What a line's answer is: its outcome, and for a NAC line where its notification stands. */
    private static String answer(LineDecision d) {
        return d.outcome().name() + (d.nac() == null ? "" : " " + d.nac().status());
    }

    @GetMapping("/{impactId}/report.xlsx")
    @Operation(summary = "The impact report as a workbook (the most recent reports are kept)")
    public ResponseEntity<byte[]> report(@PathVariable String impactId) {
        byte[] report = reports.get(impactId);
        if (report == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no impact report " + impactId + " (only the last " + KEPT_REPORTS + " are kept; run it again)");
        }
        return ResponseEntity.ok().contentType(com.chipcheck.service.system.MediaTypes.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(impactId + ".xlsx").build().toString())
                .body(report);
    }

    private static byte[] workbook(ImpactRequest request, List<Flip> flips, int[] counts) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true); // text from orders is never evaluated as a formula
            SXSSFSheet sheet = wb.createSheet("Flips");
            String[] header = {"Decision", "Kind", "Order", "Line", "Part Number", "Destination", "Outcome now", "Outcome under the change", "Licence lost", "Reasons under the change"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (Flip f : flips) {
                Row row = sheet.createRow(r++);
                String[] values = {f.decisionId(), f.kind(), f.orderId(), f.lineId(), f.partNumber(), f.destination(), f.before(), f.after(),
                        f.licenceLost(), String.join("\n", f.reasonsAfter())};
                for (int c = 0; c < values.length; c++) {
                    String v = values[c] == null ? "" : values[c];
                    row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) : v);
                    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                        row.getCell(c).setCellStyle(quoted);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            SXSSFSheet about = wb.createSheet("Change");
            String[][] lines = {{"Description", request.description() == null ? "" : request.description()},
                    {"Candidate as-of date", request.asOf() == null ? "(unchanged)" : request.asOf().toString()},
                    {"Candidate Country Group table", request.hasCountryGroups() ? "supplied" : "(unchanged)"},
                    {"Candidate 3A090 thresholds", request.hasThresholds() ? request.thresholdsCsv() : "(unchanged)"},
                    {"Records re-run", String.valueOf(counts[0])}, {"Lines re-run", String.valueOf(counts[1])},
                    {"Lines that flip", String.valueOf(flips.size())}};
            for (int i = 0; i < lines.length; i++) {
                Row row = about.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
