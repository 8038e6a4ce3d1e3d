package com.chipcheck.service.system;

import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.engine.ReferenceData;
import com.chipcheck.rules.engine.RuleSet;
import com.chipcheck.rules.screening.ScreeningLists;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One compiled rule base for the whole service: the same jar the Gherkin specifications run against. */
@Configuration
public class EngineConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public ExportControlEngine exportControlEngine(Clock clock, ScreeningLists lists) {
        return new ExportControlEngine(RuleSet.bundled(), ReferenceData.bundled(), clock, lists);
    }
}
