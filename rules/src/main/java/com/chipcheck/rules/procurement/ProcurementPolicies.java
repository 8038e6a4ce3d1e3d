package com.chipcheck.rules.procurement;

import java.util.concurrent.atomic.AtomicReference;

/** The procurement policy in use, swapped atomically when compliance uploads a new table; none means no review. */
public final class ProcurementPolicies {

    private final AtomicReference<ProcurementPolicy> current;

    public ProcurementPolicies(ProcurementPolicy initial) {
        this.current = new AtomicReference<>(initial);
    }

    public static ProcurementPolicies none() {
        return new ProcurementPolicies(null);
    }

    /** The policy in use, or null. */
    public ProcurementPolicy current() {
        return current.get();
    }

    public void replace(ProcurementPolicy policy) {
        current.set(policy);
    }
}
