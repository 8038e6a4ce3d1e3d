package com.chipcheck.rules.order;

import java.time.LocalDate;
import java.util.List;

/** An order to check. {@code asOf} applies to every line that does not carry its own date. */
public record Order(String orderId, LocalDate asOf, List<OrderLine> lines) {
    public Order {
        lines = List.copyOf(lines);
    }

    /** The same order with every line decided as of another date (impact analysis): nothing else of a line changes. */
    public Order withAsOf(LocalDate date) {
        return new Order(orderId, date, lines.stream().map(l -> l.withAsOf(date)).toList());
    }
}
