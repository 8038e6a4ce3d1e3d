package com.chipcheck.service.cli;

import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.screening.ScreeningPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Batch mode reads the service's settings, so that it screens with the thresholds the service uses. */
class OfflineEngineTest {

    @Test
    void batchModeScreensWithTheServicesConfiguredThresholds() {
        ExportControlEngine shipped = OfflineEngine.create("--chipcheck.data-dir=target/test-data-offline");
        assertEquals(ScreeningPolicy.DEFAULT, shipped.lists().current().policy(), "application.properties gives the shipped thresholds");

        ExportControlEngine configured = OfflineEngine.create("--chipcheck.data-dir=target/test-data-offline",
                "--chipcheck.screening.match-threshold=0.88", "--chipcheck.screening.lists[Entity List].match=0.9",
                "--chipcheck.screening.lists[Entity List].review=0.8");
        ScreeningPolicy policy = configured.lists().current().policy();
        assertEquals(0.88, policy.defaults().match());
        assertEquals(new ScreeningPolicy.Thresholds(0.9, 0.8), policy.perList().get("Entity List"));
    }
}
