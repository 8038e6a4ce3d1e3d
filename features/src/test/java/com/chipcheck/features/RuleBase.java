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

/**
 * The production rule base, loaded once for the whole run: the same jar the service uses, whose export rules and
 * shipped policy table are the executable model compiled at build time. Every scenario fails if they are not, so that
 * the scenarios prove the path the service runs on.
 */
final class RuleBase {

    private static final ExportControlEngine ENGINE = precompiled(ExportControlEngine.bundled());

    private static ExportControlEngine precompiled(ExportControlEngine engine) {
        if (!engine.ruleSet().precompiled()) {
            throw new IllegalStateException("the scenarios must run on the rule base compiled at build time, as the service"
                    + " does; build the rules module with Maven (mvn install -pl rules) so that its executable model is current");
        }
        return engine;
    }

    private RuleBase() {
    }

    static ExportControlEngine engine() {
        return ENGINE;
    }

    private static final ProcurementPolicy POLICY = precompiled(ProcurementPolicy.bundled());

    private static ProcurementPolicy precompiled(ProcurementPolicy policy) {
        if (!policy.precompiled()) {
            throw new IllegalStateException("the scenarios must run on the shipped policy table compiled at build time, as the"
                    + " service does; build the rules module with Maven (mvn install -pl rules) so that its executable model is current");
        }
        return policy;
    }

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
