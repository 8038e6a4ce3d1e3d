package com.chipcheck.features;

import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.procurement.ShipmentHistory;
import com.chipcheck.rules.screening.FalsePositiveRegister;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.rules.screening.ScreeningLists;
import com.chipcheck.rules.screening.ScreeningPolicy;

import java.time.Clock;

/** The production rule base, compiled once for the whole run: the same jar the service uses. */
final class RuleBase {

    private static final ExportControlEngine ENGINE = ExportControlEngine.bundled();

    private RuleBase() {
    }

    static ExportControlEngine engine() {
        return ENGINE;
    }

    private static final ProcurementPolicy POLICY = ProcurementPolicy.bundled();

    /** The production rule base with the shipped procurement policy, and the scenario's shipment history. */
    static ExportControlEngine withPolicy(ScreeningList list, ShipmentHistory history) {
        ScreeningLists lists = list == null ? ScreeningLists.none()
                : new ScreeningLists(list, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, Clock.systemUTC(), 0.1);
        return ENGINE.toBuilder().lists(lists).policies(new ProcurementPolicies(POLICY)).history(history).build();
    }

    static ProcurementPolicy policy() {
        return POLICY;
    }

    /** The same compiled rule base and reference data, screening against the scenario's list. */
    static ExportControlEngine withList(ScreeningList list) {
        return ENGINE.toBuilder().lists(new ScreeningLists(list,
                ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, Clock.systemUTC(), 0.1)).build();
    }
}
