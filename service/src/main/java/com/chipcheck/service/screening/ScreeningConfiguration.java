package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.rules.screening.ScreeningLists;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The screening list in use at start-up: the version in use before the last restart if there is one, else the
 * configured initial file (the sample subset of the CSL shipped in {@code samples/lists}).
 */
@Configuration
@EnableConfigurationProperties(ScreeningProperties.class)
public class ScreeningConfiguration {

    @Bean
    public ListFiles listFiles(com.chipcheck.service.shared.SharedVersions shared, @Value("${chipcheck.data-dir}") Path dataDir) {
        return ListFiles.shared(shared, dataDir);
    }

    @Bean
    public JdbcFalsePositiveRegister falsePositiveRegister(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new JdbcFalsePositiveRegister(jdbc);
    }

    @Bean
    public ScreeningLists screeningLists(ListFiles files, JdbcFalsePositiveRegister register, ScreeningProperties properties,
                                         Clock clock, ResourceLoader loader,
                                         @Value("${chipcheck.lists.initial}") String initial,
                                         @Value("${chipcheck.lists.max-loss-share}") double maxLossShare) throws IOException {
        ScreeningList list = files.current().orElse(null);
        if (list == null) {
            Resource resource = loader.getResource(initial);
            try (InputStream in = resource.getInputStream()) {
                list = CslReader.read(in.readAllBytes(), resource.getFilename(), clock.instant(), "start-up", false);
            }
        }
        return new ScreeningLists(list, properties.policy(), register, clock, maxLossShare);
    }
}
