package com.chipcheck.service.money;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Its own data folder: this test puts another exchange-rate table in use. */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-rates-${random.uuid}")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeRatesApiTest {

    private static final RequestPostProcessor BUYER = user("p.buyer").roles("PROCUREMENT");
    private static final RequestPostProcessor OFFICER = user("c.officer").roles("COMPLIANCE");
    private static final RequestPostProcessor SECOND = user("a.second").roles("COMPLIANCE");

    @Autowired
    MockMvc mvc;

    private static String check(String price, String currency, String asOf) {
        return """
                {"asOf":"%s","lines":[{"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":1,"destinationCountry":"DE",
                  "unitPrice":%s,"currency":"%s",
                  "endUser":{"name":"Munich Supercompute GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}]}"""
                .formatted(asOf, price, currency);
    }

    @Test
    @Order(1)
    void aCnyPriceIsComparedInUsdAndTheDecisionNamesTheTable() throws Exception {
        String shipped = mvc.perform(get("/api/v1/exchange-rates/table").with(BUYER)).andExpect(status().isOk())
                .andExpect(header().string("X-Exchange-Rates-Version", startsWith("rates-")))
                .andReturn().getResponse().getHeader("X-Exchange-Rates-Version");
        mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(check("64000", "CNY", "2026-09-30")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].redFlags[*].code").value(hasItem("PRICE_ANOMALY")))
                .andExpect(jsonPath("$.exchangeRatesVersion").value(shipped));
        mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(check("212000", "rmb", "2026-09-30")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"));
    }

    @Test
    @Order(2)
    void anUnknownCurrencyOrOneWithoutARateOnTheDateIsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(check("30000", "XYZ", "2026-09-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].currency"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("\"XYZ\" is not an ISO 4217 currency code")));
        mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(check("30000", "CHF", "2026-09-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].currency"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("has no CHF rate on 2026-09-30")));
    }

    @Test
    @Order(3)
    void aWorkbookLineWithAnUnknownCurrencyIsHeldNamingTheCell() throws Exception {
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date,Unit Price,Currency\n"
                + "1,NVIDIA H100 SXM5 80GB,1,DE,Munich Supercompute GmbH,DE,DE,DE,2026-09-30,30000,XYZ\n"
                + "2,NVIDIA H100 SXM5 80GB,1,DE,Munich Supercompute GmbH,DE,DE,DE,2026-09-30,30000,CHF\n"
                + "3,NVIDIA H100 SXM5 80GB,1,DE,Munich Supercompute GmbH,DE,DE,DE,2026-09-30,212000,人民币\n";
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "currencies.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(BUYER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[0].reasons[*].text").value(hasItem(containsString("K2: \"XYZ\" is not an ISO 4217 currency code"))))
                .andExpect(jsonPath("$.lines[1].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[1].reasons[*].text").value(hasItem(containsString("K3: the exchange-rate table in use"))))
                // the order's value is unknown while line 2's price cannot be converted: the yuan line is held with it
                .andExpect(jsonPath("$.lines[2].outcome").value("HOLD"))
                .andExpect(jsonPath("$.lines[2].reasons[*].text").value(hasItem(containsString("The order's value cannot be computed in USD"))));
        String alone = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date,Unit Price,Currency\n"
                + "3,NVIDIA H100 SXM5 80GB,1,DE,Munich Supercompute GmbH,DE,DE,DE,2026-09-30,212000,人民币\n";
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "yuan.csv", "text/csv", alone.getBytes(StandardCharsets.UTF_8)))
                        .with(BUYER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"))
                .andExpect(jsonPath("$.exchangeRatesVersion").value(startsWith("rates-")));
    }

    @Test
    @Order(4)
    void aNewTableIsUsedOnlyOnceASecondOfficerApprovesIt() throws Exception {
        String table = "currency,valid_from,valid_to,usd_per_unit,source\nCHF,2026-01-01,,1.25,test treasury\n";
        mvc.perform(put("/api/v1/exchange-rates/table").with(OFFICER).contentType("text/csv").content("currency,valid_from\nCHF,x\n"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:unusable-exchange-rate-table"));
        mvc.perform(put("/api/v1/exchange-rates/table").with(BUYER).contentType("text/csv").content(table))
                .andExpect(status().isForbidden());
        String body = mvc.perform(put("/api/v1/exchange-rates/table").with(OFFICER).contentType("text/csv").content(table))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andReturn().getResponse().getContentAsString();
        String version = JsonPath.read(body, "$.version");
        mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(check("30000", "CHF", "2026-09-30")))
                .andExpect(status().isBadRequest()); // not in use yet
        mvc.perform(post((String) JsonPath.read(body, "$.approve")).with(OFFICER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("four eyes")));
        // the second officer proposing the same table does not make it theirs: its proposer still may not approve it
        mvc.perform(put("/api/v1/exchange-rates/table").with(SECOND).contentType("text/csv").content(table))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.proposedBy").value("c.officer"));
        mvc.perform(post((String) JsonPath.read(body, "$.approve")).with(OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(post((String) JsonPath.read(body, "$.approve")).with(SECOND))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedBy").value("a.second"));
        mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(check("30000", "CHF", "2026-09-30")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exchangeRatesVersion").value(version))
                .andExpect(jsonPath("$.lines[0].outcome").value("NLR"));
        mvc.perform(get("/api/v1/exchange-rates/versions").with(OFFICER))
                .andExpect(jsonPath("$.current").value(version))
                .andExpect(jsonPath("$.loaded[0].loadedBy").value("c.officer, approved by a.second"));
    }
}
