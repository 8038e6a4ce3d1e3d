package com.chipcheck.service.records;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 20, item 9: 24 uploads at once met a lock timeout on the chain's tip and one answered 500, stuck for ever. */
class LockTimeoutRetryTest {

    @Test
    void aTransactionThatCouldNotGetTheChainsTipIsRunAgain() {
        AtomicInteger tries = new AtomicInteger();
        String done = DecisionLedger.retryingLockTimeouts(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Timeout trying to lock table LEDGER_HEAD");
            }
            return "appended";
        });
        assertEquals("appended", done);
        assertEquals(3, tries.get());
    }

    @Test
    void aTipThatStaysBusyIsReportedAfterFiveAttempts() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(CannotAcquireLockException.class, () -> DecisionLedger.retryingLockTimeouts(() -> {
            tries.incrementAndGet();
            throw new CannotAcquireLockException("busy");
        }));
        assertEquals(5, tries.get());
    }
}
