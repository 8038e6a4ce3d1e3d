package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.engine.ExportControlEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrderWorkbooks workbooks;
    private final OrderStore store;

    public OrdersController(ExportControlEngine engine, Clock clock, OrderStore store,
                            @Value("${chipcheck.orders.max-rows:200000}") int maxRows) {
        this.workbooks = new OrderWorkbooks(engine, clock, maxRows);
        this.store = store;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload an order workbook (.xlsx or .csv, multipart field 'file') and decide every line")
    public ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "order.xlsx" : Path.of(file.getOriginalFilename()).getFileName().toString();
        String orderId = "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path temp = Files.createTempFile("chipcheck-order-", name.toLowerCase().endsWith(".csv") ? ".csv" : ".xlsx");
        try {
            file.transferTo(temp);
            OrderWorkbooks.Result result = workbooks.evaluate(temp.toFile(), orderId);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            workbooks.writeReport(result, report);
            store.save(new OrderStore.StoredOrder(orderId, name, result.input(), result.decision(), report.toByteArray()));
            String reportUrl = "/api/v1/orders/" + orderId + "/report.xlsx";
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("orderId", orderId);
            body.put("fileName", name);
            body.put("outcome", result.decision().outcome());
            body.put("ruleSetVersion", result.decision().ruleSetVersion());
            body.put("listVersion", result.decision().listVersion());
            body.put("counts", counts(result.decision().lines()));
            body.put("lines", result.decision().lines());
            body.put("report", reportUrl);
            return ResponseEntity.created(URI.create("/api/v1/orders/" + orderId)).body(body);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping(value = "/{orderId}/report.xlsx")
    @Operation(summary = "The annotated workbook of an uploaded order")
    public ResponseEntity<byte[]> report(@PathVariable String orderId) {
        OrderStore.StoredOrder order = store.find(orderId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + orderId));
        String name = order.fileName().replaceFirst("(?i)\\.(xlsx|csv)$", "") + ".checked.xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(order.report());
    }

    @ExceptionHandler(OrderFileException.class)
    public ProblemDetail unreadable(OrderFileException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The uploaded file cannot be used: " + e.getMessage());
        p.setTitle("Unusable order file");
        p.setType(URI.create("urn:chipcheck:problem:unusable-order-file"));
        return p;
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
