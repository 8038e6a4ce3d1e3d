package com.chipcheck.service;

import com.chipcheck.service.cli.BatchCommand;
import com.chipcheck.service.cli.OrderBenchmark;
import com.chipcheck.service.cli.SampleOrders;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * The ChipCheck service: REST checks and order workbooks over the export-control rule base. Two commands run
 * without the server: {@code batch ORDER.xlsx}, {@code samples DIR [LINES]} and {@code bench-orders ORDER.xlsx [RUNS]}.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class ChipCheckApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("batch")) {
            BatchCommand.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("bench-orders")) {
            OrderBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("samples")) {
            SampleOrders.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            // the two compilations that dominate start-up, on threads of their own while Spring starts the rest
            if (!Boolean.getBoolean("chipcheck.serial-start")) {
                com.chipcheck.rules.engine.RuleSet.compileInBackground();
                com.chipcheck.rules.procurement.ProcurementPolicy.compileInBackground();
            }
            SpringApplication.run(ChipCheckApplication.class, args);
        }
    }
}
