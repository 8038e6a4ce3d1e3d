package com.chipcheck.rules.money;

import java.util.concurrent.atomic.AtomicReference;

/** The exchange-rate table in use, swapped atomically when compliance puts a new one in use. */
public final class ExchangeRateTables {

    private final AtomicReference<ExchangeRates> current;

    public ExchangeRateTables(ExchangeRates initial) {
        this.current = new AtomicReference<>(java.util.Objects.requireNonNull(initial));
    }

    /** The bundled table: what an engine uses unless told otherwise. */
    public static ExchangeRateTables bundled() {
        return new ExchangeRateTables(ExchangeRates.bundled());
    }

    public ExchangeRates current() {
        return current.get();
    }

    public void replace(ExchangeRates rates) {
        current.set(java.util.Objects.requireNonNull(rates));
    }
}
