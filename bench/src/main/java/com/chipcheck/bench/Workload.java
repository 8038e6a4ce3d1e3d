package com.chipcheck.bench;

import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Order lines for the benchmark and the differential test: every catalogue part to destinations and
 * headquarters across every regime date, in a fixed pseudo-random mix (seeded, so runs are comparable).
 */
public final class Workload {

    static final String[] DESTINATIONS = {"CN", "HK", "MO", "SG", "VN", "AE", "IL", "DE", "US", "IR", "RU", "KH", "SA",
            "UA", "MY", "JP", "TW", "IN"};
    static final String[] HEADQUARTERS = {null, "CN", "MO", "US"};
    static final LocalDate[] DATES = {LocalDate.of(2022, 10, 7), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 11, 16),
            LocalDate.of(2023, 11, 17), LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 4), LocalDate.of(2024, 12, 10),
            LocalDate.of(2025, 1, 13), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4),
            LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 9, 30)};

    private Workload() {
    }

    /** Every combination of part, destination, headquarters and date. */
    public static List<OrderLine> exhaustive(ReferenceData ref) {
        List<OrderLine> lines = new ArrayList<>();
        int n = 0;
        for (CatalogueEntry part : ref.catalogue().entries()) {
            for (String dest : DESTINATIONS) {
                for (String hq : HEADQUARTERS) {
                    for (LocalDate date : DATES) {
                        lines.add(line(String.valueOf(++n), part.partNumber(), dest, hq, date));
                    }
                }
            }
        }
        return lines;
    }

    /**
     * The exhaustive set, and each of its lines again shipped to a US address for the same end user abroad (a
     * forwarder or a US warehouse in between): what the differential test compares.
     */
    public static List<OrderLine> differential(ReferenceData ref) {
        List<OrderLine> lines = new ArrayList<>(exhaustive(ref));
        int n = lines.size();
        for (OrderLine l : exhaustive(ref)) {
            if (!"US".equals(l.destinationCountry())) {
                lines.add(l.withLineId(String.valueOf(++n)).withDestinationCountry("US"));
            }
        }
        return lines;
    }

    /** {@code count} lines drawn from the exhaustive set with a fixed seed. */
    public static List<OrderLine> sample(ReferenceData ref, int count, long seed) {
        List<OrderLine> all = exhaustive(ref);
        SplittableRandom random = new SplittableRandom(seed);
        List<OrderLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(all.get(random.nextInt(all.size())));
        }
        return lines;
    }

    private static OrderLine line(String id, String part, String dest, String hq, LocalDate date) {
        String headquarters = hq == null ? dest : hq;
        return new OrderLine(id, part, null, BigDecimal.ONE, dest, new Party("Buyer", dest, headquarters, headquarters), date);
    }
}
