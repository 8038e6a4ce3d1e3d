package com.chipcheck.service.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The example requests in samples/checks answer what samples/checks/expected-outcomes.json says. */
@SpringBootTest
@AutoConfigureMockMvc
class SamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples", "checks");

    @Autowired
    MockMvc mvc;

    @Test
    void everySampleGivesItsExpectedOutcome() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, String> expected = new ObjectMapper().readValue(SAMPLES.resolve("expected-outcomes.json").toFile(), Map.class);
        try (var files = Files.list(SAMPLES)) {
            long samples = files.filter(p -> !p.getFileName().toString().equals("expected-outcomes.json")).count();
            assertEquals(samples, expected.size(), "every sample needs an expected outcome");
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                            .content(Files.readString(SAMPLES.resolve(e.getKey()))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value(e.getValue()));
        }
    }

    @Test
    void theMixedOrderShowsEveryOutcome() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(SAMPLES.resolve("order-every-outcome.json"))))
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"))
                .andExpect(jsonPath("$.lines[1].outcome").value("ACA"))
                .andExpect(jsonPath("$.lines[2].outcome").value("NAC"))
                .andExpect(jsonPath("$.lines[3].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[4].outcome").value("PROHIBITED"))
                .andExpect(jsonPath("$.lines[5].outcome").value("HOLD"));
    }
}
