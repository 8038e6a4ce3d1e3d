package com.chipcheck.service.orders;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

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
        ResponseStatusException refused = assertThrows(ResponseStatusException.class, () -> slots.run(() -> "second"));
        assertEquals(503, refused.getStatusCode().value());
        assertEquals("10", refused.getHeaders().getFirst("Retry-After"));
        finish.countDown();
        assertEquals("first", first.get());
        assertEquals("third", slots.run(() -> "third"), "a freed slot is used again");
    }
}
