package com.chipcheck.service.cli;

import com.chipcheck.service.screening.FileFalsePositiveRegister;
import com.chipcheck.service.screening.ListFiles;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.engine.RuleSet;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.rules.screening.ScreeningLists;
import com.chipcheck.rules.screening.ScreeningPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The engine for the command-line modes (batch, benchmark), configured and screening as the service would: against the list
 * version the service last put in use under {@code data/}, else the sample list shipped in the jar, with the
 * reviewed false positives recorded there; and with the procurement policy in use there, else the shipped one.
 */
public final class OfflineEngine {

    private OfflineEngine() {
    }

    /** Only the service's settings: no web server, no database, no beans of the service. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.context.properties.EnableConfigurationProperties(com.chipcheck.service.screening.ScreeningProperties.class)
    static class Settings {
    }

    /**
     * The engine configured as the service would be by the same settings ({@code application.properties}, profiles,
     * environment, {@code --name=value} arguments): the data folder, the screening thresholds and the list guard, so
     * that batch mode decides as the service does.
     */
    public static ExportControlEngine create(String... settings) {
        try (org.springframework.context.ConfigurableApplicationContext context = new org.springframework.boot.builder.SpringApplicationBuilder(Settings.class)
                .web(org.springframework.boot.WebApplicationType.NONE).bannerMode(org.springframework.boot.Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.org.drools=WARN") // a default: the report is what batch mode prints
                .run(settings)) {
            org.springframework.core.env.Environment env = context.getEnvironment();
            return create(Path.of(env.getRequiredProperty("chipcheck.data-dir")),
                    context.getBean(com.chipcheck.service.screening.ScreeningProperties.class).policy(),
                    env.getRequiredProperty("chipcheck.lists.max-loss-share", Double.class));
        }
    }

    static ExportControlEngine create(Path dataDir, ScreeningPolicy screening, double maxLossShare) {
        Clock clock = Clock.systemUTC();
        ScreeningList list = ListFiles.local(dataDir).current().orElseGet(OfflineEngine::sample);
        ScreeningLists lists = new ScreeningLists(list, screening, new FileFalsePositiveRegister(dataDir), clock, maxLossShare);
        ProcurementPolicies policy = new ProcurementPolicies(com.chipcheck.service.policy.PolicyFiles.local(dataDir).currentContent()
                .map(ProcurementPolicy::compile).orElseGet(ProcurementPolicy::bundled));
        // without the service's database there is no shipment history: the cumulative-TPP cap sees this order only
        return ExportControlEngine.builder(RuleSet.bundled(), ReferenceData.bundled())
                .clock(clock).lists(lists).policies(policy)
                .rates(new com.chipcheck.rules.money.ExchangeRateTables(com.chipcheck.service.money.RateFiles.local(dataDir).currentContent()
                        .map(com.chipcheck.rules.money.ExchangeRates::parse).orElseGet(com.chipcheck.rules.money.ExchangeRates::bundled)))
                .build();
    }

    private static ScreeningList sample() {
        try (InputStream in = OfflineEngine.class.getResourceAsStream("/lists/csl-sample.json")) {
            if (in == null) {
                throw new IllegalStateException("the sample screening list is missing from the jar");
            }
            return CslReader.read(in.readAllBytes(), "csl-sample.json", Clock.systemUTC().instant(), "command line", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
