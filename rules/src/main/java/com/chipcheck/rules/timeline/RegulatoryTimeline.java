package com.chipcheck.rules.timeline;

import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Effective dates are data ({@code reference/regulatory_timeline.csv}): rules ask whether an instrument such as
 * "AC2023" (88 FR 73458) is in force on the as-of date, so a corrected date is a one-cell change.
 */
public final class RegulatoryTimeline {

    public static final String RESOURCE = "reference/regulatory_timeline.csv";

    /** The earliest as-of date the rule base answers for: the October 2022 rule. */
    public static final LocalDate EARLIEST = LocalDate.of(2022, 10, 7);

    private final List<Instrument> instruments;

    public RegulatoryTimeline(List<Instrument> instruments) {
        this.instruments = List.copyOf(instruments);
    }

    public static RegulatoryTimeline bundled() {
        List<Instrument> list = new ArrayList<>();
        for (Map<String, String> r : Csv.readRecords(new ByteArrayInputStream(Resources.bytes(RESOURCE)))) {
            String to = r.get("effective_to");
            list.add(new Instrument(r.get("id"), r.get("instrument"), r.get("title"), LocalDate.parse(r.get("effective_from")),
                    to == null || to.isBlank() ? null : LocalDate.parse(to), r.get("confidence"), r.get("note")));
        }
        return new RegulatoryTimeline(list);
    }

    public Set<String> inForceOn(LocalDate date) {
        Set<String> ids = new TreeSet<>();
        for (Instrument i : instruments) {
            if (i.inForceOn(date)) {
                ids.add(i.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    public List<Instrument> instruments() {
        return instruments;
    }
}
