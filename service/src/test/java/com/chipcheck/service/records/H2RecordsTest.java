package com.chipcheck.service.records;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The decision records on the embedded default database (an H2 file under a fresh data folder). */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-records-${random.uuid}")
@AutoConfigureMockMvc
class H2RecordsTest extends RecordsContract {
}
