package com.chipcheck.service.cli;

import com.chipcheck.service.orders.*;
import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Batch mode without the web server: {@code java -jar service/target/chipcheck-service.jar batch order.xlsx}
 * writes {@code order.checked.xlsx} beside it and prints the summary. Exit code 0 when every line may ship (NLR, ACA,
 * LICENSED, or NAC once its notification has cleared: never in batch mode, which keeps no notifications, so a NAC line
 * reads NOT_NOTIFIED); 2 when any line may not ship yet; 1 when the file cannot be read.
 */
public final class BatchCommand {

    private BatchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: batch ORDER.xlsx [--name=value ...]   (the service's settings, e.g. --chipcheck.data-dir=data)");
            System.exit(1);
        }
        Path input = Path.of(args[0]);
        String name = input.getFileName().toString();
        Path output = input.resolveSibling(name.replaceFirst("(?i)\\.xlsx$", "") + ".checked.xlsx");
        OrderWorkbooks workbooks = new OrderWorkbooks(OfflineEngine.create(java.util.Arrays.copyOfRange(args, 1, args.length)),
                Clock.systemUTC(), 1_048_576);
        OrderWorkbooks.Result result;
        Path partial = Files.createTempFile(output.toAbsolutePath().getParent(), ".chipcheck-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(partial)) {
            result = workbooks.evaluateAndWrite(input.toFile(), name, out);
        } catch (OrderFileException e) {
            Files.deleteIfExists(partial);
            System.err.println(name + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        // NAC lines looked up in an empty book of notifications: each says NOT_NOTIFIED, and the report says so too
        OrderWorkbooks.Result noticed = notNotified(result);
        if (noticed != result) {
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbooks.writeReport(noticed, out);
            }
            result = noticed;
        }
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // never a half-written report
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (LineDecision d : result.decision().lines()) {
            counts.merge(d.outcome(), 1, Integer::sum);
        }
        System.out.println("order      " + name);
        System.out.println("rule set   " + result.decision().ruleSetVersion());
        System.out.println("list       " + result.decision().listVersion());
        System.out.println("lines      " + result.decision().lines().size());
        counts.forEach((o, n) -> System.out.printf("%-17s %d%n", o, n));
        System.out.println("outcome    " + result.decision().outcome());
        System.out.println("written    " + output);
        System.out.println("may ship   " + result.decision().shippableLines() + " of " + result.decision().lines().size()
                + (result.decision().nacNotCleared() > 0 ? " (" + result.decision().nacNotCleared() + " NAC lines not notified to BIS)" : ""));
        System.exit(result.decision().shippableLines() == result.decision().lines().size() ? 0 : 2);
    }

    private static OrderWorkbooks.Result notNotified(OrderWorkbooks.Result r) {
        if (r.decision().nacNotCleared() == 0) {
            return r;
        }
        com.chipcheck.rules.decision.OrderDecision d = r.decision();
        List<LineDecision> lines = new com.chipcheck.rules.licence.NacReview(List.of()).apply(r.input().lines(), d.lines());
        return new OrderWorkbooks.Result(r.input(), d.withLines(lines), r.order(), r.workbook(), r.uploaded());
    }

}
