package com.chipcheck.service.policy;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Its own data folder: this test changes the policy in use and ships to one end user repeatedly. */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-policy-${random.uuid}")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyApiTest {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Autowired
    MockMvc mvc;

    private static String check(String part, String country, int quantity, String price, String endUser) {
        return """
                {"asOf":"2026-09-30","lines":[{"lineId":"1","partNumber":"%s","quantity":%d,"destinationCountry":"%s",%s
                  "endUser":%s}]}""".formatted(part, quantity, country, price == null ? "" : "\"unitPrice\":" + price + ",\"currency\":\"USD\",", endUser);
    }

    @Test
    @Order(1)
    void aCheckCarriesRedFlagsApprovalAndAlternatives() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(check("NVIDIA H100 SXM5 80GB", "SG", 8, "9000",
                        "{\"name\":\"Lion City Resale Pte Ltd\",\"country\":\"SG\",\"headquartersCountry\":\"SG\",\"ultimateParentCountry\":\"SG\",\"type\":\"reseller\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].redFlags[*].code").value(hasItem("PRICE_ANOMALY")))
                .andExpect(jsonPath("$.lines[0].redFlags[*].code").value(hasItem("TRANSSHIPMENT_RISK")))
                .andExpect(jsonPath("$.lines[0].redFlags[0].citation").value(startsWith("15 CFR 732 Supp. No. 3")));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(check("NVIDIA H100 SXM5 80GB", "CN", 8, "40000",
                        "{\"name\":\"Beijing Cloud Co\",\"country\":\"CN\",\"headquartersCountry\":\"CN\",\"ultimateParentCountry\":\"CN\"}")))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].approvalNeeded").value("compliance officer, procurement manager"))
                .andExpect(jsonPath("$.lines[0].alternatives[*].partNumber").value(hasItem("NVIDIA H20 (HGX H20 96GB)")))
                .andExpect(jsonPath("$.lines[0].alternatives[?(@.partNumber == 'NVIDIA H20 (HGX H20 96GB)')].tppRatio").value(hasItem(0.15)));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(check("NVIDIA H100 SXM5 80GB", "DE", 8, "-1",
                        "{\"name\":\"X\",\"country\":\"DE\",\"headquartersCountry\":\"DE\",\"ultimateParentCountry\":\"DE\",\"type\":\"smuggler\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].unitPrice")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].endUser.type")));
    }

    @Test
    @Order(2)
    void storedOrdersCountTowardsTheYearlyTppCapOfAnEndUser() throws Exception {
        String header = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n";
        String big = header + "1,NVIDIA H100 SXM5 80GB,500,DE,Munich Supercompute GmbH,DE,DE,DE,2026-09-30\n"; // 7,916,000 TPP x units
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "first.csv", "text/csv", big.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"));
        String more = header + "1,NVIDIA H100 SXM5 80GB,8,DE,Munich Supercompute GmbH,DE,DE,DE,2026-10-15\n";
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "second.csv", "text/csv", more.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].redFlags[0].code").value("CUMULATIVE_TPP"));
    }

    @Test
    @Order(3)
    void aComplianceOfficerReplacesThePolicyTableAndABadCellIsRefusedByName() throws Exception {
        byte[] current = mvc.perform(get("/api/v1/policy/table"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Policy-Version", startsWith("policy-")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] bad = edit(current, "H100 SXM5 band", 5, "SOMETIMES");
        mvc.perform(put("/api/v1/policy/table").contentType(XLSX).content(bad))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("\"SOMETIMES\" is neither HOLD nor ADVISORY")));
        byte[] wider = edit(current, "H100 SXM5 band", 4, "5000, 45000"); // the band now starts at USD 5,000
        String body = mvc.perform(put("/api/v1/policy/table").contentType(XLSX).content(wider).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("c.officer").roles("COMPLIANCE")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.version").value(startsWith("policy-")))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andReturn().getResponse().getContentAsString();
        // four eyes (issue 20, item 5): not in use until another officer approves it
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(check("NVIDIA H100 SXM5 80GB", "DE", 1, "9000",
                        "{\"name\":\"Frankfurt AI Cloud GmbH\",\"country\":\"DE\",\"headquartersCountry\":\"DE\",\"ultimateParentCountry\":\"DE\"}")))
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"));
        mvc.perform(post((String) JsonPath.read(body, "$.approve")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("c.officer").roles("COMPLIANCE")))
                .andExpect(status().isForbidden());
        mvc.perform(post((String) JsonPath.read(body, "$.approve")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a.second").roles("COMPLIANCE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedBy").value("a.second"));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(check("NVIDIA H100 SXM5 80GB", "DE", 1, "9000",
                        "{\"name\":\"Frankfurt AI Cloud GmbH\",\"country\":\"DE\",\"headquartersCountry\":\"DE\",\"ultimateParentCountry\":\"DE\"}")))
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"))
                .andExpect(jsonPath("$.lines[0].redFlags").isEmpty());
        mvc.perform(get("/api/v1/policy/versions"))
                .andExpect(jsonPath("$.current").value((String) JsonPath.read(body, "$.version")))
                .andExpect(jsonPath("$.loaded[0].loadedBy").value("c.officer, approved by a.second"));
    }

    private static byte[] edit(byte[] xlsx, String rule, int column, String value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            for (Row r : s) {
                if (text.formatCellValue(r.getCell(1)).equals(rule)) {
                    r.getCell(column).setCellValue(value);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
