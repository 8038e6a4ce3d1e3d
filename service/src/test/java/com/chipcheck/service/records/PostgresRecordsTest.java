package com.chipcheck.service.records;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The decision records on a real PostgreSQL, through the same Flyway migrations as a deployment. {@code .ci/run}
 * installs PostgreSQL from Debian's packages, starts it and sets CHIPCHECK_DB_URL; without it this class is skipped
 * (and says so in the test report).
 */
@EnabledIfEnvironmentVariable(named = "CHIPCHECK_DB_URL", matches = "jdbc:postgresql:.*")
@ActiveProfiles("postgres")
// one chain key for every test class on the shared database, as replicas of one database share one key file
@SpringBootTest(properties = {"chipcheck.data-dir=target/test-data-pg-${random.uuid}", "chipcheck.records.chain-key-file=target/pg-chain.key"})
@AutoConfigureMockMvc
class PostgresRecordsTest extends RecordsContract {
}
