package com.chipcheck.service.orders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Its own data folder: the yearly TPP cap of the policy counts what earlier tests shipped to the same end users. */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-orders-${random.uuid}")
@AutoConfigureMockMvc
class OrdersApiTest {

    private static final Path EXAMPLE = Path.of("..", "samples", "orders", "example-order.xlsx");

    @Autowired
    MockMvc mvc;

    @Test
    void theExampleOrderComesBackWithAVerdictOnEveryLineAndAReport() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "example-order.xlsx", OrdersController.XLSX.toString(),
                Files.readAllBytes(EXAMPLE));
        MvcResult upload = mvc.perform(multipart("/api/v1/orders").file(file))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/orders/ORD-")))
                .andExpect(jsonPath("$.outcome").value("PROHIBITED"))
                .andExpect(jsonPath("$.lines.length()").value(30))
                .andExpect(jsonPath("$.counts.NLR").value(11))
                .andExpect(jsonPath("$.counts.ACA").value(2))
                .andExpect(jsonPath("$.counts.NAC").value(2))
                .andExpect(jsonPath("$.counts.LICENSE_REQUIRED").value(7))
                .andExpect(jsonPath("$.counts.HOLD").value(5))
                .andExpect(jsonPath("$.counts.PROHIBITED").value(3))
                .andExpect(jsonPath("$.lines[27].reasons[*].text").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("D29: \"Chna\" is not a country"))))
                .andReturn();
        String report = com.jayway.jsonpath.JsonPath.read(upload.getResponse().getContentAsString(), "$.report");
        mvc.perform(get(report))
                .andExpect(status().isOk())
                .andExpect(content().contentType(OrdersController.XLSX))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"example-order.checked.xlsx\"")));
    }

    @Test
    void aFileThatIsNotAnOrderGetsAProblemNotA500() throws Exception {
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "x.xlsx", null, "not a zip".getBytes())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:unusable-order-file"))
                .andExpect(jsonPath("$.title").value("Unusable order file"))
                .andExpect(jsonPath("$.detail").value(startsWith("The uploaded file cannot be used: the file is not an .xlsx")));
        mvc.perform(multipart("/api/v1/orders")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:invalid-request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("file")));
        mvc.perform(get("/api/v1/orders/ORD-NOPE/report.xlsx")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:not-found"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ORD-NOPE")));
    }

    @Test
    void aCsvOrderIsAccepted() throws Exception {
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA GeForce RTX 4090,2,VN,Hanoi Studio,VN,VN,VN,2026-09-30\n";
        mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "order.csv", "text/csv", csv.getBytes())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].outcome").value("ACA"));
    }

    @Test
    void aFileNameWithControlCharactersUploadsAndItsReportDownloads() throws Exception {
        // issue 20, item 10: CR/LF in a file name made the report's download 500 for ever, and a NUL 500 at once
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA GeForce RTX 4090,2,VN,Hanoi Studio,VN,VN,VN,2026-09-30\n";
        MvcResult r = mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "order\r\nSet-Cookie: x=1\u0000.csv", "text/csv", csv.getBytes())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("order  Set-Cookie: x=1 .csv"))
                .andReturn();
        String report = com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.report");
        mvc.perform(get(report)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\n"))));
    }

    @Test
    void theUploadPageIsServed() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/index.html")).andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/orders")));
    }
}
