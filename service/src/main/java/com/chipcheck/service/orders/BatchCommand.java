package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.service.screening.OfflineEngine;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Batch mode without the web server: {@code java -jar service/target/chipcheck-service.jar batch order.xlsx}
 * writes {@code order.checked.xlsx} beside it and prints the summary. Exit code 0 when every line
 * is NLR, ACA, NAC or LICENSED; 2 when any line needs a licence, is prohibited or held; 1 when the file cannot be read.
 */
public final class BatchCommand {

    private BatchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BatchCommand ORDER.xlsx");
            System.exit(1);
        }
        Path input = Path.of(args[0]);
        String name = input.getFileName().toString();
        Path output = input.resolveSibling(name.replaceFirst("(?i)\\.xlsx$", "") + ".checked.xlsx");
        OrderWorkbooks workbooks = new OrderWorkbooks(OfflineEngine.create(java.nio.file.Path.of("data")), Clock.systemUTC(), 1_048_576);
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
        Outcome worst = result.decision().outcome();
        System.exit(worst.ordinal() <= Outcome.LICENSED.ordinal() ? 0 : 2);
    }

}
