package com.chipcheck.service.records;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.service.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
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

    private static final int KEPT_REPORTS = 20;

    private final ImpactAnalysis analysis;
    private final Map<String, byte[]> reports = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT_REPORTS; // reports are derived and reproducible: only the recent ones are kept
        }
    });

    public ImpactController(ImpactAnalysis analysis) {
        this.analysis = analysis;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-run stored checks and orders under a candidate as-of date and/or Country Group table")
    public Map<String, Object> impact(@RequestBody ImpactAnalysis.ImpactRequest request) throws IOException {
        if (request == null || (request.asOf() == null && !request.hasCountryGroups() && !request.hasThresholds())) {
            throw new InvalidRequestException("asOf", "give a candidate asOf date, a countryGroupsCsv table, a thresholdsCsv table, or several");
        }
        ImpactAnalysis.Result result = analysis.run(request);
        List<ImpactAnalysis.Flip> flips = result.flips();
        String id = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        reports.put(id, ImpactReport.workbook(request, result));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("impactId", id);
        body.put("description", request.description());
        body.put("candidateAsOf", request.asOf());
        body.put("candidateCountryGroups", request.hasCountryGroups());
        body.put("candidateThresholds", request.hasThresholds());
        body.put("recordsRerun", result.records());
        body.put("linesRerun", result.lines());
        body.put("linesFlipping", flips.size());
        body.put("linesLosingLicence", flips.stream().filter(f -> f.licenceLost() != null).count());
        body.put("flips", flips);
        body.put("report", "/api/v1/impact/" + id + "/report.xlsx");
        return body;
    }

    @GetMapping("/{impactId}/report.xlsx")
    @Operation(summary = "The impact report as a workbook (the most recent reports are kept)")
    public ResponseEntity<byte[]> report(@PathVariable String impactId) {
        byte[] report = reports.get(impactId);
        if (report == null) {
            throw Refusal.notFound("no impact report " + impactId + " (only the last " + KEPT_REPORTS + " are kept; run it again)");
        }
        return ResponseEntity.ok().contentType(com.chipcheck.service.system.MediaTypes.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(impactId + ".xlsx").build().toString())
                .body(report);
    }
}
