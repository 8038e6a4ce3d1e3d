package com.chipcheck.service.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The configurations an independent review found clearing lines the law controls (issue 12), each through
 * {@code POST /api/v1/checks} as an officer would send it. The classes of defect are held closed by the properties
 * of {@code FailClosedPropertiesTest} (rules module) and by Gherkin scenarios; these prove the service answers alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FailClosedApiTest {

    private static final String CHINA_END_USER = """
            "destinationCountry":"CN","endUser":{"name":"Beijing Compute Co","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}""";

    @Autowired
    MockMvc mvc;

    private ResultActions check(String asOf, String line) throws Exception {
        return mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"orderId\":\"FAIL-CLOSED\",\"asOf\":\"" + asOf + "\",\"lines\":[" + line + "]}"));
    }

    @Test
    void aRackOfDgxH100IsControlledThroughTheSystemsItContains() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"chip":{"name":"rack","kind":"SYSTEM",
                  "contains":[{"partNumber":"NVIDIA DGX H100","count":4}]},%s}""".formatted(CHINA_END_USER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].eccn").value("4A090.a"))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("4A090-DC-CARRIED-UP")));
    }

    @Test
    void aPodOfNodesOfH100IsControlledThreeLevelsUp() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"chip":{"name":"pod","kind":"SYSTEM","contains":[{"count":2,"chip":{"name":"node",
                  "kind":"SYSTEM","contains":[{"count":4,"chip":{"name":"board","kind":"SYSTEM",
                  "contains":[{"partNumber":"NVIDIA H100 SXM5 80GB","count":8}]}}]}}]},%s}""".formatted(CHINA_END_USER))
                .andExpect(jsonPath("$.lines[0].eccn").value("4A090.a"))
                .andExpect(jsonPath("$.lines[0].tpp").value(15832))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"));
    }

    @Test
    void aRackOfHgxA800BoardsNeedsALicenceFromTheOctober2023Rule() throws Exception {
        String rack = """
                {"lineId":"1","quantity":1,"chip":{"name":"rack","kind":"SYSTEM",
                  "contains":[{"partNumber":"NVIDIA HGX A800 8-GPU","count":4}]},%s}""".formatted(CHINA_END_USER);
        check("2023-11-16", rack).andExpect(jsonPath("$.lines[0].outcome").value("NLR"));
        check("2023-11-17", rack).andExpect(jsonPath("$.lines[0].eccn").value("4A090.a"))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"));
    }

    @Test
    void aUsShipToDoesNotSwitchOffTheHeadquartersRuleForAnEndUserAbroad() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"US",
                 "intermediateConsignee":{"name":"Bay Area Forwarding LLC","country":"US"},
                 "endUser":{"name":"Lion City AI Pte Ltd","country":"SG","headquartersCountry":"SG","ultimateParentCountry":"CN"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[?(@.ruleId == '742.6-HQ-a')].text",
                        hasItem(containsString("the ultimate parent headquarters is CN"))));
    }

    @Test
    void aUsShipToForAnEndUserAbroadWithoutItsHeadquartersIsHeld() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA GeForce RTX 4090","quantity":8,"destinationCountry":"US",
                 "endUser":{"name":"Kuala Lumpur Render Sdn Bhd","country":"MY"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("744.23-HQ-UNKNOWN")));
    }

    @Test
    void aLineThatDoesNotSayWhereItsEndUserIsIsHeld() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA H20 (HGX H20 96GB)","quantity":8,"destinationCountry":"US",
                 "endUser":{"name":"Somewhere Trading"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("PARTY-LOCATION-UNKNOWN")));
    }

    @Test
    void hbmCoPackagedWithProcessingLogicIsClassifiedAsTheProcessorItIs() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":8,"chip":{"name":"HBM-on-logic","kind":"HBM","datacenter":true,"dominantFunctionProcessing":true,
                  "performance":[{"bitLength":8,"denseTops":700}],"dieAreaMm2":800,"memoryBandwidthGBs":3000,"packageAreaMm2":100},%s}"""
                .formatted(CHINA_END_USER))
                .andExpect(jsonPath("$.lines[0].eccn").value("3A090.a"))
                .andExpect(jsonPath("$.lines[0].tpp").value(5600))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("3A090-c-COPACKAGED")));
    }

    @Test
    void twoUnlabelledFiguresAreNeverReadAsOneUnitWhereThatLowersControl() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":8,"chip":{"name":"two-die","kind":"IC","datacenter":true,"dieAreaMm2":800,
                  "performance":[{"bitLength":8,"denseTops":375},{"bitLength":8,"denseTops":375}]},%s}""".formatted(CHINA_END_USER))
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("FIG-UNITS-AMBIGUOUS")));
        check("2026-09-30", """
                {"lineId":"1","quantity":8,"chip":{"name":"two-die","kind":"IC","datacenter":true,"dieAreaMm2":800,
                  "performance":[{"unit":"die0","bitLength":8,"denseTops":375},{"unit":"die1","bitLength":8,"denseTops":375}]},%s}"""
                .formatted(CHINA_END_USER))
                .andExpect(jsonPath("$.lines[0].tpp").value(6000))
                .andExpect(jsonPath("$.lines[0].eccn").value("3A090.a"))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"));
    }

    @Test
    void aSystemDeclaredNotForDatacentersFullOfDatacenterChipsDoesNotGetNac() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"chip":{"name":"workstation","kind":"SYSTEM","datacenter":false,
                  "contains":[{"partNumber":"NVIDIA H100 SXM5 80GB","count":8}]},%s}""".formatted(CHINA_END_USER))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].licenseExceptions").isEmpty())
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("4A090-DC-CONTRADICTED")));
    }

    @Test
    void anItemThatIsNotASystemCannotHideWhatItContains() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"chip":{"name":"module","kind":"IC","performance":[{"bitLength":8,"denseTops":1}],
                  "contains":[{"partNumber":"NVIDIA H100 SXM5 80GB","count":8}]},%s}""".formatted(CHINA_END_USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].chip.contains")));
    }

    @Test
    void aPolicyHoldIsTheFindingOfARuleWithItsOwnIdAndCitation() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"SG",
                 "endUser":{"name":"Merlion Resale Pte Ltd","country":"SG","headquartersCountry":"SG","ultimateParentCountry":"SG",
                            "type":"RESELLER"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].reasons[?(@.ruleId == 'POLICY-HOLD')].citation", hasItem(containsString("732 Supp. No. 3"))))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", not(hasItem("OUTCOME-HOLD"))));
    }

    @Test
    void anImpactAnalysisOnTheStoredDateFlipsNothing() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode stored = json.readTree(check("2025-03-03", """
                {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"SG","unitPrice":30000,
                 "endUser":{"name":"Impact Resale Pte Ltd","country":"SG","headquartersCountry":"SG","ultimateParentCountry":"SG",
                            "type":"RESELLER"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andReturn().getResponse().getContentAsString());
        String decisionId = stored.get("decisionId").asText();
        JsonNode impact = json.readTree(mvc.perform(post("/api/v1/impact").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"same date\",\"asOf\":\"2025-03-03\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertTrue(impact.get("recordsRerun").asInt() >= 1);
        for (JsonNode flip : impact.get("flips")) {
            assertTrue(!flip.get("decisionId").asText().equals(decisionId), "the held reseller line flipped: " + flip);
        }
    }

    // found by the independent review of the rule base (issue 12)

    @Test
    void aCataloguePartCannotBeReDescribedByFiguresGivenWithIt() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"partNumber":"NVIDIA H100 SXM5 80GB",
                 "chip":{"datacenter":false,"performance":[{"precision":"FP8","bitLength":8,"denseTops":100}],"dieAreaMm2":814},%s}"""
                .formatted(CHINA_END_USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].chip")));
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"chip":{"kind":"SYSTEM","contains":[{"partNumber":"NVIDIA H100 SXM5 80GB","count":8,
                  "chip":{"datacenter":false,"performance":[{"bitLength":8,"denseTops":10}],"dieAreaMm2":800}}]},%s}"""
                .formatted(CHINA_END_USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].chip.contains[0].chip")));
    }

    @Test
    void aPrecisionLabelThatContradictsItsBitLengthIsRefused() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","quantity":1,"chip":{"datacenter":false,"performance":[{"precision":"FP16","bitLength":4,"denseTops":989.5}],
                  "dieAreaMm2":814},%s}""".formatted(CHINA_END_USER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].chip.performance[0].bitLength")));
    }

    @Test
    void aPurchaserInAnEmbargoedCountryHoldsTheLine() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"DE",
                 "purchaser":{"name":"Tehran Trading","country":"IR"},
                 "endUser":{"name":"Frankfurt AI GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("746-PARTY-EMBARGOED")));
    }

    @Test
    void aUaeApprovalOfTheEndUserDoesNotCoverAnUltimateConsigneeNotDeclaredApproved() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"AE",
                 "ultimateConsignee":{"name":"Some Trading FZE","country":"AE","headquartersCountry":"AE","ultimateParentCountry":"AE"},
                 "endUser":{"name":"G42","country":"AE","headquartersCountry":"AE","ultimateParentCountry":"AE","uaeApproved":true}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("742.6-UAE-a")));
    }

    @Test
    void anEndUserNamedOnlyByItsLegalFormCannotBeScreenedAndIsRefused() throws Exception {
        for (String name : new String[] {"Co., Ltd.", "有限公司", "  "}) {
            check("2026-09-30", """
                    {"lineId":"1","partNumber":"NVIDIA GeForce RTX 4090","quantity":8,"destinationCountry":"DE",
                     "endUser":{"name":"%s","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}""".formatted(name))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].endUser.name")));
        }
    }

    @Test
    void aProhibitionIsNotTurnedIntoAReleasableHoldByAnOpenQuestion() throws Exception {
        check("2026-09-30", """
                {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"IR",
                 "intermediateConsignee":{"name":"Gulf Forwarding FZE"},
                 "endUser":{"name":"Tehran Compute","country":"IR","headquartersCountry":"IR","ultimateParentCountry":"IR"}}""")
                .andExpect(jsonPath("$.lines[0].outcome").value("PROHIBITED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("PARTY-LOCATION-UNKNOWN")))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("746-E1-E2")));
    }
}
