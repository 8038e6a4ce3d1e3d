package com.chipcheck.service.orders;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.service.licences.Authorisations;
import com.chipcheck.service.licences.TakenMeanwhile;
import com.chipcheck.service.records.DecisionLedger;
import com.chipcheck.service.records.DecisionRecord;
import com.chipcheck.service.policy.JdbcShipmentHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Decides an uploaded order that is already stored: evaluate, write the annotated workbook, then in one transaction
 * append the decision record and mark the upload completed. A crash anywhere before the commit leaves the upload
 * incomplete, to be run again; an unusable file is marked failed with the reason, and kept.
 */
@Service
public class OrderProcessing {

    private static final Logger log = LoggerFactory.getLogger(OrderProcessing.class);

    public record Processed(OrderWorkbooks.Result result, DecisionRecord record) {
    }

    private final OrderWorkbooks workbooks;
    private final OrderStore store;
    private final OrderUploads uploads;
    private final DecisionLedger ledger;
    private final JdbcShipmentHistory shipments;
    private final Authorisations authorisations;
    private final UploadLeases leases;

    public OrderProcessing(ExportControlEngine engine, Clock clock, OrderStore store, OrderUploads uploads, DecisionLedger ledger,
                           JdbcShipmentHistory shipments, @Value("${chipcheck.orders.max-rows:200000}") int maxRows,
                           @Value("${chipcheck.orders.max-text-characters:100000000}") long maxTextCharacters,
                           Authorisations authorisations, UploadLeases leases) {
        this.leases = leases;
        this.shipments = shipments;
        this.authorisations = authorisations;
        this.workbooks = new OrderWorkbooks(engine, clock, maxRows, TextBudget.limitFor(maxTextCharacters));
        this.store = store;
        this.uploads = uploads;
        this.ledger = ledger;
    }

    /** Orders racing for one licence: each loser matches its lines again; this bounds the rounds. */
    private static final int MAX_LICENCE_ATTEMPTS = 5;

    private OrderWorkbooks.Result covered(OrderWorkbooks.Result ruled) {
        // an order decided again (a re-run) gets back what its earlier decision drew: it replaces it, never draws twice
        OrderDecision d = authorisations.now(ruled.input(), ruled.decision(), ruled.decision().orderId());
        return d == ruled.decision() ? ruled : new OrderWorkbooks.Result(ruled.input(), d, ruled.order(), ruled.workbook(), ruled.uploaded());
    }

    /** Decides an upload under its lease; 409 if another replica is deciding it now. */
    public Processed process(OrderUploads.Upload upload) {
        try (UploadLeases.Lease lease = leases.claim(upload.orderId()).orElseThrow(() -> Refusal.conflict(
                "order " + upload.orderId() + " is being decided by another replica now"))) {
            return decide(upload, WorkbookWords.Choice.ENGLISH);
        }
    }

    /**
     * Decides an upload whose lease the caller holds; its annotated workbook in the language chosen (a Chinese header
     * is answered in Chinese unless another language was asked for).
     */
    Processed decide(OrderUploads.Upload upload, WorkbookWords.Choice language) {
        Path temp = null;
        try {
            temp = onDisk(upload);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            OrderWorkbooks.Result ruled = workbooks.evaluateAndWrite(temp.toFile(), upload.orderId(), language, report);
            for (int attempt = 1; ; attempt++) {
                // NAC lines looked up and licence-required lines matched against the books as they stand now; the report is
                // written again when a licence changed a line, so that it says what the record says
                OrderWorkbooks.Result result = covered(ruled);
                byte[] annotated = result.decision().equals(ruled.decision()) ? report.toByteArray() : workbooks.reportOf(result, language);
                // the report first, so that it is there the moment the order shows as completed
                store.save(new OrderStore.StoredOrder(upload.orderId(), upload.fileName(), annotated));
                // the record, what it ships and draws, and the upload's completion stand or fall together: a crash
                // between them would otherwise leave a record whose upload is re-run at start-up, decided twice
                try {
                    DecisionRecord record = ledger.inTransaction(() -> {
                        DecisionRecord r = ledger.append(com.chipcheck.service.records.RecordKind.ORDER, upload.requestedBy(), result.input(), result.decision());
                        authorisations.ship(r, result.input(), result.decision(), upload.requestedBy());
                        shipments.record(result.input(), result.decision(), r.decisionId());
                        uploads.completed(upload.orderId(), r.decisionId());
                        return r;
                    });
                    return new Processed(result, record);
                } catch (TakenMeanwhile e) {
                    if (attempt >= MAX_LICENCE_ATTEMPTS) { // not rolled back into a loop: held to what the books then say
                        store.remove(upload.orderId());
                        throw new IllegalStateException("order " + upload.orderId() + ": " + e.getMessage() + ", " + attempt + " times", e);
                    }
                    log.info("order {}: {}; matching its lines again", upload.orderId(), e.getMessage());
                } catch (RuntimeException e) {
                    store.remove(upload.orderId());
                    throw e;
                }
            }
        } catch (OrderFileException e) {
            uploads.failed(upload.orderId(), e.getMessage());
            throw e;
        } catch (OutOfMemoryError e) {
            // the order's rows, lines and decision are unreachable once this frame unwinds; what is recorded is that
            // this upload is too large for this service, so that nothing re-runs it by itself
            String why = "deciding the order ran out of memory: split it into smaller orders, or run the service with more memory";
            uploads.failed(upload.orderId(), why);
            throw new OrderFileException(why);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The annotated workbook of a stored order, rebuilt from its stored file and its stored decision. */
    public byte[] rebuildReport(OrderUploads.Upload upload, OrderDecision decision) {
        Path temp = null;
        try {
            temp = onDisk(upload);
            WorkbookContent content = workbooks.read(temp.toFile());
            OrderSheetParser.ParsedOrder parsed = new OrderSheetParser().parse(content.orderRows()); // only to place the stored decision
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbooks.writeReport(new OrderWorkbooks.Result(null, decision, parsed, content, java.time.Instant.now()), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The stored upload as a temporary file (the streaming reader reads files), named as its kind: .csv or .xlsx. */
    private static Path onDisk(OrderUploads.Upload upload) throws IOException {
        Path temp = Files.createTempFile("chipcheck-order-", upload.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".xlsx");
        Files.write(temp, upload.content());
        return temp;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                log.warn("cannot delete temporary file {}", p, e);
            }
        }
    }
}
