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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Impact analysis: re-runs every stored check and order under a candidate change (another as-of date, another Country
 * Group table or other 3A090 thresholds, supplied as data) beside the rules and data in force, with the licences and
 * NAC notifications as they stand, and finds each line whose answer would change. Nothing stored is changed.
 */
@org.springframework.stereotype.Component
public class ImpactAnalysis {

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

    /** What a run found: the lines that flip, of how many records and lines re-run. */
    public record Result(List<Flip> flips, int records, int lines) {
    }

    private final DecisionLedger ledger;
    private final ExportControlEngine engine;
    private final List<AfterRules> afterRules;

    public ImpactAnalysis(DecisionLedger ledger, ExportControlEngine engine, List<AfterRules> afterRules) {
        this.ledger = ledger;
        this.engine = engine;
        this.afterRules = List.copyOf(afterRules);
    }

    /** Re-runs every stored check and order under the change; 400 naming the field for a table that cannot be read. */
    public Result run(ImpactRequest request) {
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
        return new Result(List.copyOf(flips), counts[0], counts[1]);
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

}
