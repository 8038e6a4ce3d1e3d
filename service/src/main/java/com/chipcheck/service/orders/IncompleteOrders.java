package com.chipcheck.service.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On start-up, runs again every upload that was received but never completed (the process died mid-way). */
@Component
public class IncompleteOrders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IncompleteOrders.class);

    private final OrderUploads uploads;
    private final OrderProcessing processing;

    public IncompleteOrders(OrderUploads uploads, OrderProcessing processing) {
        this.uploads = uploads;
        this.processing = processing;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String orderId : uploads.incomplete()) {
            try {
                OrderProcessing.Processed p = processing.process(uploads.find(orderId).orElseThrow());
                log.info("resumed incomplete order {}: {} ({})", orderId, p.result().decision().outcome(), p.record().decisionId());
            } catch (RuntimeException e) {
                log.error("incomplete order {} could not be resumed; it stays listed at /api/v1/orders/incomplete", orderId, e);
            }
        }
    }
}
