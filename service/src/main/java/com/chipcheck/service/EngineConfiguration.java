package com.chipcheck.service;

import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.engine.RuleSet;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.screening.ScreeningLists;
import com.chipcheck.service.policy.JdbcShipmentHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One compiled rule base for the whole service: the same jar the Gherkin specifications run against. */
@Configuration
public class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public ExportControlEngine exportControlEngine(Clock clock, ScreeningLists lists, ProcurementPolicies policies,
                                                   JdbcShipmentHistory history, com.chipcheck.rules.money.ExchangeRateTables rates) {
        RuleSet ruleSet = RuleSet.bundled();
        LOG.info("Rule base {}: {}", ruleSet.version(), ruleSet.loaded());
        return ExportControlEngine.builder(ruleSet, ReferenceData.bundled())
                .clock(clock).lists(lists).policies(policies).history(history).rates(rates).build();
    }
}
