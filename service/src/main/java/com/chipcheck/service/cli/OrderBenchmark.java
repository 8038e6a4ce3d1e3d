package com.chipcheck.service.cli;

import com.chipcheck.service.orders.*;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * End-to-end timing of a large order workbook beside its I/O floor (the same SAX read and SXSSF write with no
 * rules), alternating runs in one JVM; prints medians and peak heap. Run with the heap the target names:
 * {@code java -Xmx512m -jar service/target/chipcheck-service.jar bench-orders samples/orders/large-order-100000.xlsx}.
 */
public final class OrderBenchmark {

    private OrderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        File input = new File(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        // afresh: the same file decided five times must not be answered from the previous runs' remembered lines
        OrderWorkbooks workbooks = new OrderWorkbooks(OfflineEngine.create().afresh(), Clock.systemUTC(), 1_048_576);
        Path out = Files.createTempFile("bench-", ".xlsx");
        List<Long> floor = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        long peakFloor = 0;
        long peakFull = 0;
        for (int i = 0; i < runs + 1; i++) { // the first pair warms up
            resetPeaks();
            long t = System.nanoTime();
            copy(input, out);
            long f = System.nanoTime() - t;
            long pf = peakHeap();
            resetPeaks();
            t = System.nanoTime();
            OrderWorkbooks.Result result;
            try (OutputStream o = Files.newOutputStream(out)) {
                result = workbooks.evaluateAndWrite(input, "bench", o);
            }
            long e = System.nanoTime() - t;
            long pe = peakHeap();
            System.out.printf("run %d: floor %.2f s, end to end %.2f s (%d lines, %d distinct; annotated file %d kB)%n", i,
                    f / 1e9, e / 1e9, result.decision().lines().size(), result.order().lines().stream()
                            .map(l -> l.withLineId(null)).distinct().count(), Files.size(out) >> 10);
            if (i > 0) {
                floor.add(f);
                full.add(e);
                peakFloor = Math.max(peakFloor, pf);
                peakFull = Math.max(peakFull, pe);
            }
        }
        phases(workbooks, input, out);
        double mf = median(floor) / 1e9;
        double me = median(full) / 1e9;
        System.out.printf("median floor %.2f s, median end to end %.2f s, ratio %.2fx; peak heap floor %d MB, end to end %d MB, max heap %d MB%n",
                mf, me, me / mf, peakFloor >> 20, peakFull >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Files.deleteIfExists(out);
    }

    /** One more end-to-end run, timed phase by phase, to show where the time goes. */
    private static void phases(OrderWorkbooks workbooks, File input, Path out) throws IOException {
        long t0 = System.nanoTime();
        WorkbookContent content = new OrderWorkbookReader(1_048_576).read(input);
        long t1 = System.nanoTime();
        OrderSheetParser.ParsedOrder parsed = new OrderSheetParser().parse(content.orderRows());
        long t2 = System.nanoTime();
        OrderWorkbooks.Result result = workbooks.decide(parsed, content, "bench");
        long t3 = System.nanoTime();
        try (OutputStream o = Files.newOutputStream(out)) {
            workbooks.writeReport(result, o);
        }
        long t4 = System.nanoTime();
        System.out.printf("phases: read %.2f s, parse %.2f s, decide %.2f s, write %.2f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    }

    /** The I/O floor: read the sheet with the same SAX reader and write its cells back with SXSSF. */
    private static void copy(File input, Path out) throws IOException {
        WorkbookContent content = new OrderWorkbookReader(1_048_576).read(input);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream o = Files.newOutputStream(out)) {
            for (WorkbookContent.NamedSheet named : content.sheets()) {
                SXSSFSheet sheet = wb.createSheet(named.name());
                for (SheetRow r : named.rows()) {
                    Row row = sheet.createRow(r.rowNumber() - 1);
                    r.cells().forEach((c, v) -> row.createCell(c).setCellValue(v));
                }
            }
            wb.write(o);
            wb.dispose();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

}
