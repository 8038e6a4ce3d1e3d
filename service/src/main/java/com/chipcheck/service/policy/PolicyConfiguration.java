package com.chipcheck.service.policy;

import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The procurement policy at start-up: the table last put in use under the data folder, else the shipped one. */
@Configuration
public class PolicyConfiguration {

    @Bean
    public com.chipcheck.service.shared.KeptVersions<PolicyFiles.PolicyVersion> policyFiles(com.chipcheck.service.shared.SharedVersions shared, @Value("${chipcheck.data-dir}") Path dataDir) {
        return PolicyFiles.shared(shared, dataDir);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    public ProcurementPolicies procurementPolicies(com.chipcheck.service.shared.KeptVersions<PolicyFiles.PolicyVersion> files) {
        ProcurementPolicy policy = files.currentContent().map(ProcurementPolicy::compile).orElseGet(ProcurementPolicy::bundled);
        LOG.info("Procurement policy {}: {}", policy.version(), policy.precompiled()
                ? "the shipped table, compiled at build time" : "compiled from its table at start-up");
        return new ProcurementPolicies(policy);
    }
}
