package com.chipcheck.features;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.List;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The coverage check cannot be satisfied by a tag alone: a scenario tagged with a rule that does not fire on its line
 * fails. Runs the step glue over a deliberately mistagged scenario (kept out of features/, beside a correctly tagged
 * twin that must pass) and reads Cucumber's verdicts.
 */
class TagMustFireTest {

    @Test
    void aScenarioTaggedWithARuleThatDidNotFireFailsAndItsCorrectlyTaggedTwinPasses() {
        LauncherDiscoveryRequest discovery = request()
                .selectors(selectClasspathResource("coverage-check/mistagged.feature"))
                .filters(includeEngines("cucumber"))
                .configurationParameter(GLUE_PROPERTY_NAME, "com.chipcheck.features")
                .configurationParameter(PLUGIN_PROPERTY_NAME, "summary") // not the build's report files
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(discovery, listener);
        TestExecutionSummary summary = listener.getSummary();

        assertEquals(2, summary.getTestsStartedCount(), "both scenarios run");
        assertEquals(1, summary.getTestsSucceededCount(), "the correctly tagged scenario passes");
        List<TestExecutionSummary.Failure> failures = summary.getFailures();
        assertEquals(1, failures.size(), "the mistagged scenario fails");
        String why = failures.get(0).getException().getMessage();
        assertTrue(why.contains("742.6-AC-DEST-a") && why.contains("did not fire"), why);
        assertTrue(failures.get(0).getTestIdentifier().getDisplayName().contains("Germany"), failures.get(0).getTestIdentifier().getDisplayName());
    }
}
