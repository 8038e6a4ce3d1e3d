package com.chipcheck.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.util.concurrent.atomic.AtomicLong;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Per-user rate limits: a user above their rate gets 429 with Retry-After; other users are not affected. */
@SpringBootTest(properties = {"chipcheck.data-dir=target/test-data-rate-${random.uuid}", "chipcheck.limits.requests-per-second=1",
        "chipcheck.limits.request-burst=3", "chipcheck.limits.uploads-per-minute=1", "chipcheck.limits.screenings-per-minute=2"})
@AutoConfigureMockMvc
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aUserAboveTheRateIsRefusedWith429AndAnotherUserIsNot() throws Exception {
        for (int i = 0; i < 3; i++) { // the burst
            mvc.perform(get("/api/v1/me").with(user("eager").roles("PROCUREMENT"))).andExpect(status().isOk());
        }
        // one more token a second: ten more requests at once cannot all pass, whatever the machine's speed
        org.springframework.test.web.servlet.MvcResult refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            var r = mvc.perform(get("/api/v1/me").with(user("eager").roles("PROCUREMENT"))).andReturn();
            refused = r.getResponse().getStatus() == 429 ? r : null;
        }
        assertEquals(429, refused == null ? 200 : refused.getResponse().getStatus(), "refused above the rate");
        assertEquals("1", refused.getResponse().getHeader("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(refused.getResponse().getContentAsString(),
                org.hamcrest.Matchers.containsString("eager made more than 1 requests per second"));
        mvc.perform(get("/api/v1/me").with(user("patient").roles("PROCUREMENT"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()); // not an API call of a user
    }

    @Test
    void uploadsHaveABudgetPerMinuteOfTheirOwn() throws Exception {
        MockMultipartFile csv = new MockMultipartFile("file", "o.csv", "text/csv", ("Line,Part Number,Quantity,Destination,End User,"
                + "End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n1,NVIDIA H20,1,DE,Acme GmbH,DE,DE,DE,2026-09-30\n").getBytes());
        mvc.perform(multipart("/api/v1/orders").file(csv).with(user("uploader").roles("PROCUREMENT"))).andExpect(status().isCreated());
        mvc.perform(multipart("/api/v1/orders").file(csv).with(user("uploader").roles("PROCUREMENT")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-6]?[0-9]")))
                .andExpect(jsonPath("$.detail").value(startsWith("uploader sent more than 1 uploads per minute")));
    }

    @Test
    void screeningsHaveABudgetOfTheirOwnSoThatSpellingsCannotBeTriedUntilOnePasses() throws Exception {
        String body = "{\"parties\":[{\"name\":\"Huawei Technologies\",\"country\":\"CN\"}]}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/screenings")
                    .contentType("application/json").content(body).with(user("speller").roles("PROCUREMENT"))).andExpect(status().isOk());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/screenings")
                        .contentType("application/json").content(body).with(user("speller").roles("PROCUREMENT")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(startsWith("speller sent more than 2 screenings per minute")));
    }

    @Test
    void theBucketRefillsExactlyAtTheRate() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket bucket = new TokenBucket(2, 10, now.get()); // 10 per second: one token every 100 ms
        assertEquals(0, bucket.take(now.get()));
        assertEquals(0, bucket.take(now.get()));
        assertEquals(100_000_000L, bucket.take(now.get()), "empty: the next token in 100 ms");
        now.set(99_999_999L);
        assertEquals(1, bucket.take(now.get()));
        now.set(100_000_000L);
        assertEquals(0, bucket.take(now.get()), "exactly at the rate is allowed");
        now.set(10_000_000_000L);
        assertEquals(0, bucket.take(now.get()));
        assertEquals(0, bucket.take(now.get()));
        assertEquals(100_000_000L, bucket.take(now.get()), "a long pause refills only up to the burst");
    }
}
