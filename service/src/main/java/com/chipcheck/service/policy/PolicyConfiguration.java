package com.chipcheck.service.policy;

import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The procurement policy at start-up: the table last put in use under the data folder, else the shipped one. */
@Configuration
public class PolicyConfiguration {

    @Bean
    public PolicyFiles policyFiles(com.chipcheck.service.shared.SharedVersions shared, @Value("${chipcheck.data-dir}") Path dataDir) {
        return PolicyFiles.shared(shared, dataDir);
    }

    @Bean
    public ProcurementPolicies procurementPolicies(PolicyFiles files) {
        return new ProcurementPolicies(files.current().map(ProcurementPolicy::compile).orElseGet(ProcurementPolicy::bundled));
    }
}
