package com.chipcheck.service.money;

import com.chipcheck.rules.money.ExchangeRateTables;
import com.chipcheck.rules.money.ExchangeRates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The exchange-rate table at start-up: the one last put in use (shared database), else the shipped one. */
@Configuration
public class RatesConfiguration {

    @Bean
    public com.chipcheck.service.shared.KeptVersions<RateFiles.RatesVersion> rateFiles(com.chipcheck.service.shared.SharedVersions shared, @Value("${chipcheck.data-dir}") Path dataDir) {
        return RateFiles.shared(shared, dataDir);
    }

    @Bean
    public ExchangeRateTables exchangeRateTables(com.chipcheck.service.shared.KeptVersions<RateFiles.RatesVersion> files) {
        return new ExchangeRateTables(files.currentContent().map(ExchangeRates::parse).orElseGet(ExchangeRates::bundled));
    }
}
