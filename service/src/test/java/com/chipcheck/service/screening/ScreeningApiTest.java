package com.chipcheck.service.screening;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Its own data folder: this test swaps list versions, which no other test must see. */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-lists-${random.uuid}")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningApiTest {

    private static final Path LISTS = Path.of("..", "samples", "lists");

    @Autowired
    MockMvc mvc;

    private String screen(String name, String country) throws Exception {
        return mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parties\":[{\"name\":\"" + name + "\",\"country\":\"" + country + "\"}]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String csvOrder(String endUser, LocalDate ship) {
        return "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA H100 SXM5 80GB,8,SG," + endUser + ",SG,SG,SG," + ship + "\n"
                + "2,NVIDIA H100 SXM5 80GB,8,DE,Frankfurt AI Cloud GmbH,DE,DE,DE," + ship + "\n";
    }

    @Test
    void aPartyIsScreenedWithAnExplainedHitAndTheListVersion() throws Exception {
        String body = screen("Beijing Zhi-Pu Hua Zhang Technology", "CN");
        assertEquals("s0024", JsonPath.read(body, "$.results[0].hits[0].entry.id"));
        assertEquals("MATCH", JsonPath.read(body, "$.results[0].hits[0].certainty"));
        assertTrue(((String) JsonPath.read(body, "$.results[0].hits[0].explanation")).contains("country CN agrees"), body);
        assertTrue(((String) JsonPath.read(body, "$.listVersion")).startsWith("csl-"), body);
        mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parties\":[{\"name\":\"\",\"country\":\"Atlantis\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("parties[0].name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("parties[0].country")));
    }

    @Test
    void aListedPartyChangesTheOutcomeOfACheckAndTheWorkbookShowsTheScreening() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("""
                        {"asOf":"2026-09-30","lines":[{"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,
                          "destinationCountry":"DE","endUser":{"name":"Frankfurt AI Cloud GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"},
                          "purchaser":{"name":"Appsotec Ltd","country":"HK"}}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listVersion").value(startsWith("csl-")))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].screening[1].role").value("PURCHASER"))
                .andExpect(jsonPath("$.lines[0].screening[1].hits[0].entry.id").value("s0051"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId").value(hasItem("744.11-ENTITY-LIST")));
    }

    @Test
    void aReviewedFalsePositiveSuppressesThePairAndIsListedWithItsStatus() throws Exception {
        String fp = "{\"party\":\"Sinno Electronics\",\"country\":\"CN\",\"entryId\":\"s0045\",\"reason\":\"a Chengdu bakery, not the listed entity\","
                + "\"reviewer\":\"c.officer\",\"expires\":\"" + LocalDate.now().plusDays(90) + "\"}";
        // "Sinno Electronics Trading Hong Kong" (s0079) is a possible hit too; the review is of s0045 only
        String s0045 = "$.results[0].hits[?(@.entry.id == 's0045')]";
        assertEquals(1, ((List<?>) JsonPath.read(screen("Sinno Electronics", "CN"), s0045)).size());
        String recorded = mvc.perform(post("/api/v1/screenings/false-positives").contentType(MediaType.APPLICATION_JSON).content(fp)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("c.officer").roles("COMPLIANCE")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewer").value("c.officer"))
                .andExpect(jsonPath("$.approvedBy").doesNotExist())
                .andExpect(jsonPath("$.id").value(startsWith("FP-")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(recorded, "$.id");
        // four eyes (issue 20, item 5): recorded, it suppresses nothing; its reviewer may not approve it
        assertEquals(1, ((List<?>) JsonPath.read(screen("Sinno Electronics", "CN"), s0045)).size());
        mvc.perform(get("/api/v1/screenings/false-positives"))
                .andExpect(jsonPath("$[?(@.falsePositive.id == '" + id + "')].status").value(hasItem("PENDING_APPROVAL")));
        mvc.perform(post("/api/v1/screenings/false-positives/" + id + "/approve").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("C.Officer").roles("COMPLIANCE")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/screenings/false-positives/" + id + "/approve").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a.second").roles("COMPLIANCE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedBy").value("a.second"));
        mvc.perform(post("/api/v1/screenings/false-positives/" + id + "/approve").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a.third").roles("COMPLIANCE")))
                .andExpect(status().isConflict());
        String after = screen("Sinno Electronics", "CN");
        assertEquals(0, ((List<?>) JsonPath.read(after, s0045)).size(), after);
        assertTrue(after.contains("reviewed false positive"), after);
        mvc.perform(get("/api/v1/screenings/false-positives"))
                .andExpect(jsonPath("$[?(@.falsePositive.entryId == 's0045')].status").value(hasItem("IN_FORCE")));
        mvc.perform(post("/api/v1/screenings/false-positives").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"X\",\"entryId\":\"nope\",\"expires\":\"2000-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("expires")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("entryId")));
    }

    @Test
    @Order(Integer.MAX_VALUE) // swaps the list: last
    void aShrunkListIsRefusedThenForcedAndUnshippedOrdersAreRescreened() throws Exception {
        LocalDate ship = LocalDate.now().plusDays(20);
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "o.csv", "text/csv",
                        csvOrder("Aivatech Pte Ltd", ship).getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.listVersion").value(startsWith("csl-")));

        // the same list as CSV: nothing lost, accepted, and waiting for a second officer (four eyes)
        String csv = mvc.perform(multipart("/api/v1/lists").file(new MockMultipartFile("file", "csl-sample.csv", "text/csv",
                        Files.readAllBytes(LISTS.resolve("csl-sample.csv")))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.version.records").value(206))
                .andExpect(jsonPath("$.entriesLost").value(0))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post((String) JsonPath.read(csv, "$.approve"))).andExpect(status().isForbidden()); // the loader, "tester"
        mvc.perform(post((String) JsonPath.read(csv, "$.approve")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a.second").roles("COMPLIANCE")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvedBy").value("a.second"));

        String tiny = "{\"results\":[{\"id\":\"s0001\",\"source\":\"Entity List (EL) - Bureau of Industry and Security\",\"name\":\"Huawei Technologies Co., Ltd.\"}]}";
        mvc.perform(multipart("/api/v1/lists").file(new MockMultipartFile("file", "tiny.json", "application/json", tiny.getBytes())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.verdict").value(containsString("loses 205 of the 206")));
        mvc.perform(get("/api/v1/lists")).andExpect(jsonPath("$.current.records").value(206));

        String forced = mvc.perform(multipart("/api/v1/lists").file(new MockMultipartFile("file", "tiny.json", "application/json", tiny.getBytes()))
                        .param("force", "true").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("c.officer").roles("COMPLIANCE")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.verdict").value(startsWith("accepted by force")))
                .andExpect(jsonPath("$.version.forced").value(true))
                .andExpect(jsonPath("$.version.loadedBy").value("c.officer"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/lists")).andExpect(jsonPath("$.current.records").value(206)); // not in use until approved
        mvc.perform(post((String) JsonPath.read(forced, "$.approve")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a.second").roles("COMPLIANCE")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value(startsWith("accepted by force")))
                .andExpect(jsonPath("$.rescreening.changes[?(@.lineId == '1')].after").value(hasItem("NLR")))
                .andExpect(jsonPath("$.rescreening.changes[?(@.lineId == '1')].before").value(hasItem("LICENSE_REQUIRED")));
        mvc.perform(get("/api/v1/lists"))
                .andExpect(jsonPath("$.current.records").value(1))
                .andExpect(jsonPath("$.loaded[*].forced").value(hasItem(true)));
        mvc.perform(multipart("/api/v1/lists").file(new MockMultipartFile("file", "bad.json", "application/json", "{oops".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not valid JSON")));
    }

    @Test
    @Order(50)
    void everyScreeningIsARecordOfTheChainAndALookAlikeNameIsStillFound() throws Exception {
        String body = screen("Beijing Zhipu Huazhаng Technology", "CN"); // Cyrillic а
        assertEquals("MATCH", JsonPath.read(body, "$.results[0].hits[0].certainty"));
        assertTrue(((String) JsonPath.read(body, "$.results[0].lookAlikes")).contains("mixes Cyrillic and Latin letters"), body);
        String id = JsonPath.read(body, "$.decisionId");
        String record = mvc.perform(get("/api/v1/decisions/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertEquals("SCREENING", JsonPath.read(record, "$.record.kind"));
        assertEquals("tester", JsonPath.read(record, "$.record.requestedBy"));
        assertTrue(record.contains("Huazh\u0430ng") || record.contains("Huazhаng"), record);
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }
}
