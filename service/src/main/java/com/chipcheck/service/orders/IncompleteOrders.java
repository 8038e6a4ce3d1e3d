package com.chipcheck.service.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start-up, runs again every upload that was received but never completed (the process died mid-way). In the
 * background, through the order slots: the service answers checks while a large order is decided again. An upload
 * that fails twice is quarantined: listed, never run again by itself, until a compliance officer re-runs it.
 */
@Component
public class IncompleteOrders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IncompleteOrders.class);

    private final OrderUploads uploads;
    private final OrderProcessing processing;
    private final OrderSlots slots;

    private final UploadLeases leases;

    public IncompleteOrders(OrderUploads uploads, OrderProcessing processing, OrderSlots slots, UploadLeases leases) {
        this.leases = leases;
        this.uploads = uploads;
        this.processing = processing;
        this.slots = slots;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread resume = new Thread(this::resumeAll, "resume-incomplete-orders");
        resume.setDaemon(true);
        resume.start();
    }

    /**
     * Decides every incomplete upload, oldest first; returns how many were completed. An upload that has already been
     * resumed once and is still incomplete has failed twice (its first run and that resumption both died): it is
     * quarantined instead of run again, so that an upload which exhausts the service cannot take it down at every
     * start. So is one whose resumption fails now.
     */
    @org.springframework.scheduling.annotation.Scheduled(initialDelayString = "${chipcheck.replicas.resume-ms:60000}",
            fixedDelayString = "${chipcheck.replicas.resume-ms:60000}")
    public void resumeAbandoned() { // uploads whose replica died: their leases expire, and one surviving replica resumes each
        resumeAll();
    }

    public int resumeAll() {
        int done = 0;
        for (String orderId : uploads.incomplete()) {
            // a live replica may be deciding it right now: only the replica that takes its lease resumes it
            java.util.Optional<UploadLeases.Lease> lease = leases.claim(orderId);
            if (lease.isEmpty()) {
                continue;
            }
            try (UploadLeases.Lease held = lease.get()) {
                if (resume(orderId)) {
                    done++;
                }
            }
        }
        return done;
    }

    private boolean resume(String orderId) {
        {   // one block, so that every path below returns whether the upload was completed
            if (uploads.incomplete().stream().noneMatch(orderId::equals)) {
                return false; // completed by the replica that held it, between the list and the lease
            }
            if (uploads.resumptions(orderId) > 0) {
                uploads.quarantined(orderId, QUARANTINE + "its first run and a resumption at start-up both failed");
                log.error("order {} failed twice; quarantined (GET /api/v1/orders/quarantined), not run again", orderId);
                return false;
            }
            uploads.resuming(orderId);
            try {
                OrderProcessing.Processed p = slots.run(() -> processing.decide(uploads.find(orderId).orElseThrow(), WorkbookWords.Choice.ENGLISH));
                log.info("resumed incomplete order {}: {} ({})", orderId, p.result().decision().outcome(), p.record().decisionId());
                return true;
            } catch (OrderFileException e) {
                log.warn("incomplete order {} cannot be decided: {}", orderId, e.getMessage()); // recorded FAILED, with the reason
            } catch (RuntimeException | OutOfMemoryError e) {
                uploads.quarantined(orderId, QUARANTINE + "its resumption failed too (" + e.getClass().getSimpleName() + ")");
                log.error("incomplete order {} could not be resumed; quarantined", orderId, e);
            }
            return false;
        }
    }

    private static final String QUARANTINE = "Not decided in two attempts, so set aside instead of run at every start: ";
}
