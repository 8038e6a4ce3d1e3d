package com.chipcheck.service.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many orders are decided at once (chipcheck.orders.concurrent). Each takes three threads and a workbook's worth
 * of memory; beyond the limit an upload waits for a slot (chipcheck.orders.queue-wait) and is then refused with 503
 * before anything is stored, so that checks keep their share of the machine while large files are read.
 */
@Component
public class OrderSlots {

    private final Semaphore slots;
    private final Duration wait;

    public OrderSlots(@Value("${chipcheck.orders.concurrent:2}") int concurrent, @Value("${chipcheck.orders.queue-wait:30s}") Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("chipcheck.orders.concurrent must be 1 or more");
        }
        this.slots = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted while waiting for a free slot");
        }
        if (!acquired) {
            throw new Busy(wait);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** 503 with Retry-After: the order was not stored; send it again. */
    static final class Busy extends ResponseStatusException {
        Busy(Duration waited) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "every order slot stayed busy for " + waited.toSeconds()
                    + " s; the file was not stored, send it again shortly");
            getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        private final HttpHeaders headers = new HttpHeaders();
    }
}
