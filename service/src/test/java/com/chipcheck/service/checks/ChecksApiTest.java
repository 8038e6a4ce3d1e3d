package com.chipcheck.service.checks;

import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.engine.ExportControlEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ChecksApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExportControlEngine engine;

    private ResultActions check(String json) throws Exception {
        return mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String line(String part, String country, String hq) {
        return """
                {"lineId":"1","partNumber":"%s","quantity":8,"destinationCountry":"%s",
                 "endUser":{"name":"Acme","country":"%s","headquartersCountry":"%s","ultimateParentCountry":"%s"}}
                """.formatted(part, country, country, hq, hq);
    }

    @Test
    void aCheckAskedInChineseAnswersItsReasonsInChineseWithTheSameRulesCitationsAndOutcome() throws Exception {
        String body = "{\"orderId\":\"PO-ZH\",\"asOf\":\"2026-09-30\",\"lines\":[" + line("NVIDIA H100 SXM5 80GB", "CN", "CN") + "]}";
        String english = check(body).andReturn().getResponse().getContentAsString();
        String chinese = mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Language", "zh-CN"))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[?(@.ruleId == '742.6-AC-DEST-a')].text", hasItem(containsString("需要许可证"))))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(english, "$.lines[0].reasons[*].ruleId");
        assertEqualsJson(ids, com.jayway.jsonpath.JsonPath.read(chinese, "$.lines[0].reasons[*].ruleId"), "the same rules");
        assertEqualsJson(com.jayway.jsonpath.JsonPath.read(english, "$.lines[0].reasons[*].citation"),
                com.jayway.jsonpath.JsonPath.read(chinese, "$.lines[0].reasons[*].citation"), "the same citations, in English");
        java.util.List<String> texts = com.jayway.jsonpath.JsonPath.read(chinese, "$.lines[0].reasons[*].text");
        java.util.List<String> englishTexts = com.jayway.jsonpath.JsonPath.read(english, "$.lines[0].reasons[*].text");
        for (int i = 0; i < texts.size(); i++) {
            org.junit.jupiter.api.Assertions.assertNotEquals(englishTexts.get(i), texts.get(i), "reason " + ids.get(i) + " is translated");
        }
        // the decision is recorded in English, the language of the regulation
        String decisionId = com.jayway.jsonpath.JsonPath.read(chinese, "$.decisionId");
        mvc.perform(get("/api/v1/decisions/" + decisionId).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a").roles("AUDITOR")))
                .andExpect(jsonPath("$.decision.lines[0].reasons[*].text", hasItem(containsString("Licence required"))));
        mvc.perform(get("/api/v1/decisions/" + decisionId + "?lang=zh-CN").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a").roles("AUDITOR")))
                .andExpect(jsonPath("$.decision.lines[0].reasons[*].text", hasItem(containsString("需要许可证"))));
    }

    private static void assertEqualsJson(Object expected, Object actual, String what) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, what);
    }

    @Test
    void anH100ForAChineseOwnedCompanyInSingaporeNeedsALicence() throws Exception {
        check("{\"orderId\":\"PO-1\",\"asOf\":\"2026-09-30\",\"lines\":[" + line("NVIDIA H100 SXM5 80GB", "SG", "CN") + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("PO-1"))
                .andExpect(jsonPath("$.asOf").value("2026-09-30"))
                .andExpect(jsonPath("$.ruleSetVersion").value(engine.ruleSetVersion()))
                .andExpect(jsonPath("$.outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].lineId").value("1"))
                .andExpect(jsonPath("$.lines[0].eccn").value("3A090.a"))
                .andExpect(jsonPath("$.lines[0].eccnParagraph").value("3A090.a.1"))
                .andExpect(jsonPath("$.lines[0].tpp").value(15832))
                .andExpect(jsonPath("$.lines[0].performanceDensity").value(19.45))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].licenseExceptions").isEmpty())
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("742.6-HQ-a")))
                .andExpect(jsonPath("$.lines[0].reasons[*].citation", hasItem(containsString("742.6(a)(6)(iii)(A)"))))
                .andExpect(jsonPath("$.lines[0].reasons[0].text", notNullValue()))
                .andExpect(jsonPath("$.lines[0].advisories").isArray());
    }

    @Test
    void anAdHocChipSpecIsClassifiedFromItsFigures() throws Exception {
        check("""
                {"orderId":"PO-2","asOf":"2026-09-30","lines":[{"lineId":"A","quantity":1,"destinationCountry":"CN",
                 "chip":{"name":"X1","kind":"IC","datacenter":true,"performance":[{"bitLength":8,"denseTops":300}],
                         "dieAreaMm2":1200},
                 "endUser":{"name":"B","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].eccn").value("3A090.b"))
                .andExpect(jsonPath("$.lines[0].tpp").value(2400))
                .andExpect(jsonPath("$.lines[0].outcome").value("NAC"))
                .andExpect(jsonPath("$.lines[0].licenseExceptions[0]").value("NAC"));
    }

    @Test
    void aSystemIsClassifiedThroughWhatItContains() throws Exception {
        check("""
                {"asOf":"2026-09-30","lines":[{"lineId":"S","quantity":1,"destinationCountry":"DE",
                 "chip":{"name":"8-way server","kind":"SYSTEM","contains":[{"partNumber":"NVIDIA H100 SXM5 80GB","count":8}]},
                 "endUser":{"name":"B","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].eccn").value("4A090.a"))
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"));
    }

    @Test
    void everyCataloguePartIsAnsweredAtEveryRegimeDate() throws Exception {
        for (CatalogueEntry entry : engine.reference().catalogue().entries()) {
            for (String date : new String[] {"2022-10-07", "2023-11-17", "2024-12-02", "2025-05-13", "2026-09-30"}) {
                check("{\"asOf\":\"" + date + "\",\"lines\":[" + line(entry.partNumber(), "CN", "CN") + "]}")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.lines[0].outcome").value(org.hamcrest.Matchers.in(java.util.Arrays.stream(
                                com.chipcheck.rules.decision.Outcome.values()).map(Enum::name).toList())))
                        // every answer names the rule that concluded its outcome, with its citation
                        .andExpect(jsonPath("$.lines[0].reasons[?(@.kind == 'OUTCOME')].ruleId", hasItem(org.hamcrest.Matchers.startsWith("OUTCOME-"))))
                        .andExpect(jsonPath("$.lines[0].reasons[?(@.kind == 'OUTCOME')].citation", hasItem(org.hamcrest.Matchers.startsWith("15 CFR"))));
            }
        }
    }

    @Test
    void badFieldsAreEachNamedInAProblem() throws Exception {
        check("""
                {"asOf":"2026-09-30","lines":[
                  {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":-3,"destinationCountry":"Chna"},
                  {"lineId":"1","partNumber":"Unknown GPU","quantity":1,"destinationCountry":"DE"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].quantity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].destinationCountry")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("\"Chna\" is not a country"))))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[1].lineId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[1].partNumber")));
    }

    @Test
    void aWrongTypeNamesItsField() throws Exception {
        check("{\"lines\":[{\"lineId\":\"1\",\"partNumber\":\"NVIDIA H20 (HGX H20 96GB)\",\"quantity\":\"eight\",\"destinationCountry\":\"DE\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
        check("{\"lines\":[{\"lineId\":\"1\",\"chip\":{\"kind\":\"GPU\"},\"quantity\":1,\"destinationCountry\":\"DE\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].chip.kind"));
        check("{\"asOf\":\"30/09/2026\",\"lines\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void malformedOrEmptyBodiesAreRefused() throws Exception {
        check("not json at all").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("(body)"));
        check("{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lines"));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest());
    }

    @Test
    void aDateBeforeTheFirstRuleIsRefused() throws Exception {
        check("{\"asOf\":\"2022-10-06\",\"lines\":[" + line("NVIDIA H100 SXM5 80GB", "CN", "CN") + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void asOfDefaultsToToday() throws Exception {
        check("{\"lines\":[" + line("NVIDIA H20 (HGX H20 96GB)", "DE", "DE") + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
    }

    @Test
    void openApiAndRulesAndPartsAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/checks'].post").exists());
        mvc.perform(get("/api/v1/rules")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[*].ruleId", hasItem("3A090-a1")))
                .andExpect(jsonPath("$.rules[*].ruleId", hasItem("750.7-LICENCE")))
                .andExpect(jsonPath("$.rules[*].ruleId", hasItem("740.8-NAC-NOTIFICATION")));
        mvc.perform(get("/api/v1/parts/lookup").param("partNumber", "nvidia h20 (hgx h20 96gb)")).andExpect(status().isOk())
                .andExpect(jsonPath("$.partNumber").value("NVIDIA H20 (HGX H20 96GB)"));
        mvc.perform(get("/api/v1/parts/lookup").param("partNumber", "nope")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
