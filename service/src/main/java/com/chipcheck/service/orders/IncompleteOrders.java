package com.chipcheck.service.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start-up, runs again every upload that was received but never completed (the process died mid-way). In the
 * background, through the order slots: the service answers checks while a large order is decided again, and an
 * order that cannot be resumed (even one that exhausts memory) stays listed instead of stopping the start.
 */
@Component
public class IncompleteOrders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IncompleteOrders.class);

    private final OrderUploads uploads;
    private final OrderProcessing processing;
    private final OrderSlots slots;

    public IncompleteOrders(OrderUploads uploads, OrderProcessing processing, OrderSlots slots) {
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

    /** Decides every incomplete upload, oldest first; returns how many were completed. */
    public int resumeAll() {
        int done = 0;
        for (String orderId : uploads.incomplete()) {
            try {
                OrderProcessing.Processed p = slots.run(() -> processing.process(uploads.find(orderId).orElseThrow()));
                log.info("resumed incomplete order {}: {} ({})", orderId, p.result().decision().outcome(), p.record().decisionId());
                done++;
            } catch (RuntimeException | OutOfMemoryError e) {
                log.error("incomplete order {} could not be resumed; it stays listed at /api/v1/orders/incomplete", orderId, e);
            }
        }
        return done;
    }
}
