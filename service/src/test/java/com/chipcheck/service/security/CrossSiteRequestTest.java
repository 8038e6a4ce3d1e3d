package com.chipcheck.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 6: a page of another site auto-submitted a list upload and an order, riding on credentials the
 * browser had cached after a Basic challenge. State-changing requests a browser sends for another site are refused,
 * and browsers are never challenged with Basic; API clients, which send neither Origin nor Sec-Fetch-*, are unaffected.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossSiteRequestTest {

    private static final String CHECK = """
            {"lines":[{"lineId":"1","partNumber":"NVIDIA H20 (HGX H20 96GB)","quantity":1,"destinationCountry":"DE","asOf":"2026-09-30",
            "endUser":{"name":"A GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}]}""";

    @Autowired
    MockMvc mvc;

    @Test
    void aListUploadFromAPageOfAnotherSiteIsRefused() throws Exception {
        MockMultipartFile list = new MockMultipartFile("file", "csl.json", "application/json", "{\"results\":[]}".getBytes());
        mvc.perform(multipart("/api/v1/lists").file(list).header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:cross-site-request"));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(CHECK).header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(CHECK).header("Sec-Fetch-Site", "same-site"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theServicesOwnPagesAndApiClientsAreAnswered() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(CHECK)
                        .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(CHECK)) // curl: neither header
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Origin", "https://evil.example")).andExpect(status().isOk()); // reading is not refused here
    }

    @Test
    void aBrowserIsNeverChallengedWithBasicAnApiClientIs() throws Exception {
        mvc.perform(get("/api/v1/me").with(anonymous()).header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", not(startsWith("Basic"))));
        mvc.perform(get("/api/v1/me").with(anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }
}
