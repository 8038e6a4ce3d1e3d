package com.chipcheck.service.orders;

import com.chipcheck.service.system.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
            throw Refusal.unavailable("interrupted while waiting for a free slot");
        }
        if (!acquired) {
            throw Refusal.unavailable("every order slot stayed busy for " + wait.toSeconds()
                    + " s; the file was not stored, send it again shortly", 10);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
