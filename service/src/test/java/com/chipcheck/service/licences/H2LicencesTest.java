package com.chipcheck.service.licences;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The licence ledger on the embedded default database. */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-licences-${random.uuid}")
@AutoConfigureMockMvc
class H2LicencesTest extends LicencesContract {
}
