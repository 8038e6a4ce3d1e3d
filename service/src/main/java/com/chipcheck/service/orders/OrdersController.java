package com.chipcheck.service.orders;

import static com.chipcheck.service.system.PageBounds.pageBounds;
import com.chipcheck.rules.i18n.DecisionTranslator;
import com.chipcheck.rules.i18n.Language;
import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Order workbooks: upload one, get every line's verdict, download the annotated workbook. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "orders", description = "Excel order round-trip")
public class OrdersController {

    public static final MediaType XLSX = com.chipcheck.service.system.MediaTypes.XLSX;

    private final OrderProcessing processing;
    private final OrderUploads uploads;
    private final OrderStore store;
    private final DecisionLedger ledger;
    private final OrderSlots slots;

    private final UploadLeases leases;

    public OrdersController(OrderProcessing processing, OrderUploads uploads, OrderStore store, DecisionLedger ledger, OrderSlots slots,
                            UploadLeases leases) {
        this.leases = leases;
        this.slots = slots;
        this.processing = processing;
        this.uploads = uploads;
        this.store = store;
        this.ledger = ledger;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload an order workbook (.xlsx or .csv, multipart field 'file') and decide every line")
    public ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                                      @RequestParam(value = "lang", required = false) String lang,
                                                      @org.springframework.web.bind.annotation.RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
                                                      java.security.Principal who) throws IOException {
        WorkbookWords.Choice language = new WorkbookWords.Choice(lang == null || lang.isBlank() ? null : Language.of(lang), Language.of(accepted));
        String name = fileName(file.getOriginalFilename());
        String orderId = "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OrderUploads.Upload upload = new OrderUploads.Upload(orderId, name, who == null ? "anonymous" : who.getName(), file.getBytes());
        OrderProcessing.Processed processed = slots.run(() -> {
            // its lease first, so that no other replica resumes it as abandoned while this one decides it
            try (UploadLeases.Lease lease = leases.claim(upload.orderId()).orElseThrow()) {
                uploads.received(upload.orderId(), upload.fileName(), upload.requestedBy(), upload.content()); // kept before anything else
                return processing.decide(upload, language);
            }
        });
        Language answered = language.forHeader(processed.result().order() != null && processed.result().order().chinese());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + orderId)).header(HttpHeaders.CONTENT_LANGUAGE, answered.tag())
                .body(body(upload, processed, DecisionTranslator.of(answered)));
    }

    @PostMapping(value = "/{orderId}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a stored upload again (e.g. one left incomplete by a crash); a new decision record")
    public ResponseEntity<Map<String, Object>> rerun(@PathVariable String orderId) {
        OrderUploads.Upload upload = uploads.find(orderId)
                .orElseThrow(() -> Refusal.notFound("no order " + orderId));
        return ResponseEntity.ok(body(upload, slots.run(() -> processing.process(upload)), DecisionTranslator.of(Language.EN)));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stored orders, newest first: your own (procurement) or everyone's (compliance, auditors), each with its "
            + "state (RECEIVED, RESUMED, COMPLETED, FAILED, QUARANTINED), outcome, and lines still held or released")
    public List<OrderUploads.Summary> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit,
                                           org.springframework.security.core.Authentication who) {
        pageBounds("offset", offset, "limit", limit, 1000);
        return uploads.summaries(reviewer(who) ? null : who.getName(), offset, limit);
    }

    @GetMapping(value = "/incomplete", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Uploads received but not (yet) decided, oldest first")
    public List<String> incomplete() {
        return uploads.incomplete();
    }

    @GetMapping(value = "/quarantined", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Uploads that failed twice and are no longer run at start-up, oldest first; POST .../{orderId}/rerun decides one again")
    public List<String> quarantined() {
        return uploads.quarantined();
    }

    @GetMapping(value = "/{orderId}/report.xlsx")
    @Operation(summary = "The annotated workbook of an uploaded order")
    public ResponseEntity<byte[]> report(@PathVariable String orderId, org.springframework.security.core.Authentication who) {
        OrderUploads.Upload upload = uploads.find(orderId)
                .orElseThrow(() -> Refusal.notFound("no order " + orderId));
        if (!mayRead(who, upload)) { // procurement staff see their own orders; compliance and auditors see all
            throw Refusal.notFound("no order " + orderId);
        }
        byte[] report = store.find(orderId).map(OrderStore.StoredOrder::report).orElseGet(() -> {
            String decisionId = uploads.decisionOf(orderId)
                    .orElseThrow(() -> Refusal.conflict("order " + orderId + " has not been decided yet"));
            DecisionRecord record = ledger.find(decisionId).orElseThrow();
            return processing.rebuildReport(upload, ledger.decision(record));
        });
        String name = upload.fileName().replaceFirst("(?i)\\.(xlsx|csv)$", "") + ".checked.xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(report);
    }

    /** The uploaded file's own name, without any path, shortened to what the records keep (its extension kept). */
    static String fileName(String original) {
        // control characters (CR, LF, NUL) would break the download's Content-Disposition header and the records
        String name = original == null || original.isBlank() ? "order.xlsx" : original.replaceAll("\\p{Cntrl}", " ").strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isBlank()) {
            return "order.xlsx";
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name;
    }

    static boolean mayRead(org.springframework.security.core.Authentication who, OrderUploads.Upload upload) {
        return who != null && (reviewer(who) || who.getName().equals(upload.requestedBy()));
    }

    /** Compliance officers and auditors see every order; procurement staff their own. */
    private static boolean reviewer(org.springframework.security.core.Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_COMPLIANCE") || a.getAuthority().equals("ROLE_AUDITOR"));
    }

    private static Map<String, Object> body(OrderUploads.Upload upload, OrderProcessing.Processed processed, DecisionTranslator language) {
        OrderDecision decision = language.translate(processed.result().decision());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", upload.orderId());
        body.put("decisionId", processed.record().decisionId());
        body.put("fileName", upload.fileName());
        body.put("outcome", decision.outcome());
        body.put("ruleSetVersion", decision.ruleSetVersion());
        body.put("listVersion", decision.listVersion());
        body.put("policyVersion", decision.policyVersion());
        body.put("exchangeRatesVersion", decision.exchangeRatesVersion());
        body.put("counts", counts(decision.lines()));
        // what may leave the warehouse: NLR, ACA, LICENSED, and NAC only once its notification has CLEARED
        body.put("shippableLines", decision.shippableLines());
        body.put("nacNotCleared", decision.nacNotCleared());
        body.put("lines", decision.lines());
        body.put("report", "/api/v1/orders/" + upload.orderId() + "/report.xlsx");
        return body;
    }

    private static Map<Outcome, Integer> counts(List<LineDecision> lines) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        lines.forEach(l -> counts.merge(l.outcome(), 1, Integer::sum));
        return counts;
    }
}
