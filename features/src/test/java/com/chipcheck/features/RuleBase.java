package com.chipcheck.features;

import com.chipcheck.rules.engine.ExportControlEngine;

/** The production rule base, compiled once for the whole run: the same jar the service uses. */
final class RuleBase {

    private static final ExportControlEngine ENGINE = ExportControlEngine.bundled();

    private RuleBase() {
    }

    static ExportControlEngine engine() {
        return ENGINE;
    }
}
