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
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-pg-${random.uuid}")
@AutoConfigureMockMvc
class PostgresRecordsTest extends RecordsContract {
}
