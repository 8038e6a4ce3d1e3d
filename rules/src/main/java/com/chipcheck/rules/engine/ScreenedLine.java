package com.chipcheck.rules.engine;

import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.screening.PartyScreening;

import java.time.LocalDate;
import java.util.List;

/** A line to evaluate, with its parties already screened. */
record ScreenedLine(OrderLine line, List<PartyScreening> screening) {

    /** The date the line is decided as of: its own, or the order's. */
    LocalDate asOf(LocalDate orderAsOf) {
        return line.asOf() != null ? line.asOf() : orderAsOf;
    }
}
