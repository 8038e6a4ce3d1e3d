package com.chipcheck.service.records;

import static com.chipcheck.service.system.PageBounds.pageBounds;
import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.order.Order;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Stored decisions for auditors: read one with its explanation, replay it, verify the chain. */
@RestController
@Tag(name = "decisions", description = "Decision records: explain, replay, verify")
public class DecisionsController {

    /** Records appended later that act on a decision (releases of its held lines), by the decision's id. */
    public interface LaterActs {
        List<String> on(String decisionId);
    }

    private final DecisionLedger ledger;
    private final ExportControlEngine engine;
    private final List<LaterActs> laterActs;

    private final List<AfterRules> afterRules;

    public DecisionsController(DecisionLedger ledger, ExportControlEngine engine, List<LaterActs> laterActs, List<AfterRules> afterRules) {
        this.afterRules = List.copyOf(afterRules);
        this.ledger = ledger;
        this.engine = engine;
        this.laterActs = laterActs;
    }

    @GetMapping(value = "/api/v1/decisions/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A stored decision: its record, input and decision, and the explain tree of its lines "
            + "(lineOffset/lineLimit page through an order of many lines; the whole outcome is the order's)")
    public Map<String, Object> decision(@PathVariable String decisionId,
                                        @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int lineOffset,
                                        @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1000") int lineLimit,
                                        @org.springframework.web.bind.annotation.RequestParam(value = "lang", required = false) String lang,
                                        jakarta.servlet.http.HttpServletResponse response) {
        pageBounds("lineOffset", lineOffset, "lineLimit", lineLimit, MAX_LINES);
        DecisionRecord record = find(decisionId);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> head = header(record);
        body.put("record", head);
        if (isAct(record)) { // a person's act on an earlier decision: what was asked and what was done
            body.put("input", ledger.read(record.input(), Map.class));
            body.put("act", ledger.read(record.decision(), Map.class));
            return body;
        }
        OrderDecision whole = ledger.decision(record);
        head.put("policyVersion", whole.policyVersion()); // named in the decision: part of what was sealed
        head.put("exchangeRatesVersion", whole.exchangeRatesVersion());
        Order wholeInput = ledger.read(record.input(), Order.class);
        // an order of 100,000 lines would be a response of gigabytes: one page of lines at a time
        int from = Math.min(lineOffset, whole.lines().size());
        int to = Math.min(whole.lines().size(), from + lineLimit);
        // the record is English, the language of the regulation; ?lang=zh-CN shows its reasons in Chinese
        com.chipcheck.rules.i18n.DecisionTranslator language = com.chipcheck.rules.i18n.DecisionTranslator.of(com.chipcheck.rules.i18n.Language.of(lang));
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_LANGUAGE, language.language().tag());
        OrderDecision decision = new OrderDecision(whole.orderId(), whole.asOf(), whole.ruleSetVersion(), whole.listVersion(),
                whole.policyVersion(), whole.exchangeRatesVersion(), whole.outcome(),
                whole.lines().subList(from, to).stream().map(language::translate).toList());
        Order input = new Order(wholeInput.orderId(), wholeInput.asOf(),
                wholeInput.lines().subList(Math.min(from, wholeInput.lines().size()), Math.min(to, wholeInput.lines().size())));
        body.put("lines", Map.of("total", whole.lines().size(), "offset", from, "returned", to - from));
        body.put("laterActs", laterActs.stream().flatMap(a -> a.on(decisionId).stream()).toList());
        body.put("input", input);
        body.put("explain", ExplainTree.of(input, decision));
        body.put("decision", decision);
        return body;
    }

    private static final int MAX_LINES = 10_000;

    @PostMapping(value = "/api/v1/decisions/{decisionId}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-evaluate the stored input as of its stored date with today's rules and list; show any difference")
    public Map<String, Object> replay(@PathVariable String decisionId) {
        DecisionRecord record = find(decisionId);
        if (isAct(record)) {
            throw Refusal.conflict(decisionId + " is a person's " + record.kind()
                    + ", not an engine decision: there is nothing to replay");
        }
        OrderDecision then = ledger.decision(record);
        Order input = ledger.input(record);
        OrderDecision now = engine.afresh().check(input); // through the rules again, nothing remembered
        for (AfterRules step : afterRules) {
            now = step.again(record, input, now); // the licences as they stood when the record was made
        }
        List<Map<String, Object>> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(then.lines().size(), now.lines().size()); i++) {
            LineDecision a = i < then.lines().size() ? then.lines().get(i) : null;
            LineDecision b = i < now.lines().size() ? now.lines().get(i) : null;
            List<String> what = compare(a, b);
            if (!what.isEmpty()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("lineId", a != null ? a.lineId() : b.lineId());
                d.put("stored", a == null ? null : a.outcome());
                d.put("replayed", b == null ? null : b.outcome());
                d.put("differences", what);
                differences.add(d);
            }
        }
        List<String> why = new ArrayList<>();
        if (!then.ruleSetVersion().equals(now.ruleSetVersion())) {
            why.add("the rule set changed: " + then.ruleSetVersion() + " then, " + now.ruleSetVersion() + " now");
        }
        if (!Objects.equals(then.listVersion(), now.listVersion())) {
            why.add("the screening list changed: " + then.listVersion() + " then, " + now.listVersion() + " now");
        }
        if (!Objects.equals(then.policyVersion(), now.policyVersion())) {
            why.add("the procurement policy changed: " + then.policyVersion() + " then, " + now.policyVersion() + " now");
        }
        // a record written before prices were converted names no table: nothing to compare it with
        if (then.exchangeRatesVersion() != null && !then.exchangeRatesVersion().equals(now.exchangeRatesVersion())) {
            why.add("the exchange-rate table changed: " + then.exchangeRatesVersion() + " then, " + now.exchangeRatesVersion()
                    + " now (prices in other currencies than USD are compared at the rates in use)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionId", decisionId);
        body.put("identical", differences.isEmpty());
        body.put("ruleSetVersion", Map.of("stored", then.ruleSetVersion(), "replayed", now.ruleSetVersion()));
        body.put("listVersion", Map.of("stored", then.listVersion(), "replayed", now.listVersion()));
        Map<String, Object> rates = new LinkedHashMap<>(); // the stored one is null in records written before
        rates.put("stored", then.exchangeRatesVersion());
        rates.put("replayed", now.exchangeRatesVersion());
        body.put("exchangeRatesVersion", rates);
        body.put("versionChanges", why);
        body.put("lines", differences);
        return body;
    }

    @GetMapping(value = "/api/v1/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recompute the hash chain of all decision records; name the first broken record")
    public DecisionLedger.Verification verify() {
        return ledger.verify();
    }

    /** Engine decisions are CHECK and ORDER records; anything else in the chain is a person's act on one. */
    private static boolean isAct(DecisionRecord r) {
        return !r.kind().decidesLines();
    }

    private DecisionRecord find(String decisionId) {
        return ledger.find(decisionId).orElseThrow(() -> Refusal.notFound("no decision " + decisionId));
    }

    private static Map<String, Object> header(DecisionRecord r) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("decisionId", r.decisionId());
        h.put("seq", r.seq());
        h.put("kind", r.kind());
        h.put("createdAt", r.createdAt());
        h.put("requestedBy", r.requestedBy());
        h.put("orderId", r.orderId());
        h.put("asOf", r.asOf());
        h.put("ruleSetVersion", r.ruleSetVersion());
        h.put("listVersion", r.listVersion());
        h.put("outcome", r.outcome());
        h.put("prevHash", r.prevHash());
        h.put("hash", r.hash());
        return h;
    }

    /** What differs between a stored line and its replay: outcome, ECCN, exceptions, and the rules that fired. */
    private static List<String> compare(LineDecision a, LineDecision b) {
        List<String> out = new ArrayList<>();
        if (a == null || b == null) {
            out.add(a == null ? "line not in the stored decision" : "line missing from the replay");
            return out;
        }
        if (a.outcome() != b.outcome()) {
            out.add("outcome " + a.outcome() + " → " + b.outcome());
        }
        if (!Objects.equals(a.eccn(), b.eccn())) {
            out.add("ECCN " + a.eccn() + " → " + b.eccn());
        }
        if (!a.licenseExceptions().equals(b.licenseExceptions())) {
            out.add("licence exceptions " + a.licenseExceptions() + " → " + b.licenseExceptions());
        }
        List<String> rulesThen = a.reasons().stream().map(r -> r.ruleId() + ": " + r.text()).toList();
        List<String> rulesNow = b.reasons().stream().map(r -> r.ruleId() + ": " + r.text()).toList();
        rulesThen.stream().filter(r -> !rulesNow.contains(r)).forEach(r -> out.add("no longer: [" + r + "]"));
        rulesNow.stream().filter(r -> !rulesThen.contains(r)).forEach(r -> out.add("now also: [" + r + "]"));
        return out;
    }
}
