package com.chipcheck.service.orders;

import org.junit.jupiter.api.Test;
import com.chipcheck.service.system.Refusal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderSlotsTest {

    @Test
    void anUploadBeyondTheSlotsWaitsThenIsRefusedWith503AndRetryAfter() throws Exception {
        OrderSlots slots = new OrderSlots(1, Duration.ofMillis(50));
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            busy.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        busy.await();
        Refusal refused = assertThrows(Refusal.class, () -> slots.run(() -> "second"));
        assertEquals(503, refused.status());
        assertEquals(10, refused.retryAfterSeconds(), "Retry-After");
        finish.countDown();
        assertEquals("first", first.get());
        assertEquals("third", slots.run(() -> "third"), "a freed slot is used again");
    }
}
