package com.chipcheck.service.orders;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.File;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inflate-ratio limit is the configured one: a 5,000-line order (its sheet well above POI's grace size, which
 * small entries never reach) passes at POI's 0.01, not at a strict 0.5.
 */
class ZipLimitsTest {

    @Test
    void theConfiguredInflateRatioDecides() throws Exception {
        Path dir = Path.of("target", "zip-limits");
        com.chipcheck.service.cli.SampleOrders.main(new String[]{dir.toString(), "5000"});
        File order = dir.resolve("large-order-5000.xlsx").toFile();
        try {
            new ZipLimits(0.5, DataSize.ofGigabytes(1));
            OrderFileException refused = assertThrows(OrderFileException.class, () -> new OrderWorkbookReader(10_000).read(order));
            assertTrue(refused.getMessage().contains("a zip bomb"), refused.getMessage());
        } finally {
            new ZipLimits(0.01, DataSize.ofGigabytes(1)); // the default, for every other test in this JVM
        }
        assertEquals(5001, new OrderWorkbookReader(10_000).read(order).orderRows().size(), "5,000 lines and the header");
    }

    @Test
    void aRatioOutsideZeroToOneIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(0, DataSize.ofGigabytes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(1, DataSize.ofGigabytes(1)));
    }
}
