package com.chipcheck.service.licences;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The licence ledger, and the race for a licence's last units, on a real PostgreSQL (see PostgresRecordsTest). */
@EnabledIfEnvironmentVariable(named = "CHIPCHECK_DB_URL", matches = "jdbc:postgresql:.*")
@ActiveProfiles("postgres")
@SpringBootTest(properties = {"chipcheck.data-dir=target/test-data-pg-licences-${random.uuid}", "chipcheck.records.chain-key-file=target/pg-chain.key"})
@AutoConfigureMockMvc
class PostgresLicencesTest extends LicencesContract {
}
