package com.chipcheck.service.orders;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upload's cell text is bounded (issue 20, item 4): all its cells together by the configured limit and the heap,
 * one cell by Excel's own 32,767 characters; over either, the upload is refused with the limit named, before its
 * rows are decided.
 */
class TextBudgetTest {

    @Test
    void anOrderWithMoreTextThanItsBudgetIsRefusedNamingTheLimit() throws Exception {
        Path dir = Path.of("target", "text-budget");
        com.chipcheck.service.cli.SampleOrders.main(new String[]{dir.toString(), "5000"});
        File order = dir.resolve("large-order-5000.xlsx").toFile();
        assertEquals(5001, new OrderWorkbookReader(10_000, 10_000_000).read(order).orderRows().size());
        OrderFileException refused = assertThrows(OrderFileException.class, () -> new OrderWorkbookReader(10_000, 100_000).read(order));
        assertTrue(refused.getMessage().contains("more than 100000 characters of cell text"), refused.getMessage());
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedNamingIt() throws Exception {
        Path csv = Files.createTempFile("long-cell", ".csv");
        Files.writeString(csv, "Line,Part Number,Quantity,Destination,End User\n1,NVIDIA H100 SXM5 80GB,8,DE," + "x".repeat(40_000) + "\n");
        OrderFileException refused = assertThrows(OrderFileException.class, () -> CsvOrderReader.read(csv, 10_000, 10_000_000));
        assertTrue(refused.getMessage().startsWith("row 2, field 5 holds 40000 characters"), refused.getMessage());
    }

    @Test
    void theLimitIsNeverMoreThanTheHeapCarries() {
        assertEquals(Runtime.getRuntime().maxMemory() / TextBudget.HEAP_BYTES_PER_CHARACTER, TextBudget.limitFor(Long.MAX_VALUE));
        assertEquals(1000, TextBudget.limitFor(1000));
    }
}
