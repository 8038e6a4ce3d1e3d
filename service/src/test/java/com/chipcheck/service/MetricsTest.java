package com.chipcheck.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What operators scrape at /actuator/prometheus once a check has been answered: decisions, latency, holds, versions. */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-metrics-${random.uuid}")
@AutoConfigureMockMvc
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability // tests export no metrics otherwise
class MetricsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCheckShowsInTheMetricsOperatorsScrape() throws Exception {
        mvc.perform(post("/api/v1/checks").with(user("metrics-buyer").roles("PROCUREMENT")).contentType(MediaType.APPLICATION_JSON).content("""
                {"asOf":"2026-09-30","lines":[{"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"CN",
                 "endUser":{"name":"Metrics Cloud Co","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}"""))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(user("metrics-procurement").roles("PROCUREMENT"))).andExpect(status().isForbidden());
        // ready: the rule base, the list and the policy in use are loaded before the context is (they are beans it needs)
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(user("metrics-auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chipcheck_lines_total{kind=\"CHECK\",outcome=\"LICENSE_REQUIRED\"}")))
                .andExpect(content().string(containsString("chipcheck_decisions_total{kind=\"CHECK\"}")))
                .andExpect(content().string(containsString("chipcheck_check_decision_seconds_bucket")))
                .andExpect(content().string(containsString("chipcheck_rules_seconds_per_line")))
                .andExpect(content().string(containsString("chipcheck_ledger_append_seconds_count")))
                .andExpect(content().string(containsString("chipcheck_holds_open")))
                .andExpect(content().string(containsString("chipcheck_uploads_in_progress")))
                .andExpect(content().string(containsString("chipcheck_version_in_use{area=\"list\"")))
                .andExpect(content().string(containsString("chipcheck_version_in_use{area=\"policy\"")));
    }
}
