package com.chipcheck.service.licences;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The licence ledger, on each database: registration with its refusals, coverage of a check (which draws nothing),
 * the draw-down of an uploaded order in its record's transaction, a re-run that does not draw twice, two orders racing
 * for the last units, revocation, and replay against the licences as they stood.
 */
abstract class LicencesContract {

    @Autowired
    MockMvc mvc;

    private static final RequestPostProcessor OFFICER = user("licence-officer").roles("COMPLIANCE");
    private static final RequestPostProcessor BUYER = user("licence-buyer").roles("PROCUREMENT");

    /** A licence number and an end user of this run only: the PostgreSQL database is shared by runs. */
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private String licence(String number, int units, String endUser) {
        return """
                {"number":"%s","validFrom":"2026-01-01","validUntil":"2026-12-31","eccns":["3A090.a"],"destinations":["CN"],
                 "parties":[{"name":"%s","country":"CN"}],"quantity":%d,"provisos":"no re-export"}""".formatted(number, endUser, units);
    }

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/v1/licences").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions check(String endUser, int units) throws Exception {
        return mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content("""
                {"orderId":"PO-LIC","asOf":"2026-09-30","lines":[{"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":%d,
                 "destinationCountry":"CN","endUser":{"name":"%s","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}"""
                .formatted(units, endUser)));
    }

    private String upload(String endUser, int units) throws Exception {
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA H100 SXM5 80GB," + units + ",CN," + endUser + ",CN,CN,CN,2026-09-30\n";
        return mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "licensed.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(BUYER)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aLicenceIsRegisteredOnceAndBadOnesAreRefusedByField() throws Exception {
        register("""
                {"number":"BAD 1","validFrom":"2026-06-01","validUntil":"2026-01-01","eccns":["3A999.x"],"destinations":["ZZ"],"quantity":-4}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("validUntil")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("eccns")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("destinations")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("quantity")));
        String number = "D" + run + "A";
        register(licence(number, 10, "Registration Test Co " + run)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.remainingQuantity").value(10))
                .andExpect(jsonPath("$.decisionId").exists());
        register(licence(number, 10, "Registration Test Co " + run)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/licences").with(BUYER).contentType(MediaType.APPLICATION_JSON).content(licence("X" + run, 1, "X")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/licences/" + number).with(BUYER)).andExpect(jsonPath("$.provisos").value("no re-export"));
    }

    @Test
    void aCheckIsCoveredAndDrawsNothingAnOrderDrawsAndARerunDoesNotDrawTwice() throws Exception {
        String number = "D" + run + "B";
        String endUser = "Beijing Ledger Test " + run + " Co";
        register(licence(number, 10, endUser)).andExpect(status().isCreated());

        check(endUser, 8).andExpect(jsonPath("$.lines[0].outcome").value("LICENSED"))
                .andExpect(jsonPath("$.lines[0].licence.number").value(number))
                .andExpect(jsonPath("$.lines[0].licence.remainingQuantity").value(2))
                .andExpect(jsonPath("$.lines[0].reasons[*].ruleId", hasItem("750.7-LICENCE")));
        mvc.perform(get("/api/v1/licences/" + number).with(BUYER)).andExpect(jsonPath("$.remainingQuantity").value(10))
                .andExpect(jsonPath("$.drawdowns.length()").value(0));

        String order = upload(endUser, 8);
        assertEquals("LICENSED", JsonPath.read(order, "$.lines[0].outcome"));
        String orderId = JsonPath.read(order, "$.orderId");
        mvc.perform(get("/api/v1/licences/" + number).with(BUYER)).andExpect(jsonPath("$.remainingQuantity").value(2))
                .andExpect(jsonPath("$.drawdowns[0].orderId").value(orderId))
                .andExpect(jsonPath("$.drawdowns[0].units").value(8));
        check(endUser, 8).andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].text", hasItem(containsString("has 2 units left of 10 (the line needs 8)"))));

        // decided again, the order replaces its draw-down: still LICENSED, still 2 left
        mvc.perform(post("/api/v1/orders/" + orderId + "/rerun").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSED"));
        mvc.perform(get("/api/v1/licences/" + number).with(BUYER)).andExpect(jsonPath("$.remainingQuantity").value(2))
                .andExpect(jsonPath("$.drawdowns.length()").value(1));

        // a replay matches the line against the licence as it stood then, and is identical
        String decisionId = JsonPath.read(order, "$.decisionId");
        mvc.perform(post("/api/v1/decisions/" + decisionId + "/replay").with(OFFICER)).andExpect(jsonPath("$.identical").value(true));
    }

    @Test
    void twoOrdersRacingForTheLastUnitsCannotBothGetThem() throws Exception {
        String number = "D" + run + "C";
        String endUser = "Shenzhen Race Test " + run + " Co";
        register(licence(number, 10, endUser)).andExpect(status().isCreated());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit((Callable<String>) () -> JsonPath.read(upload(endUser, 8), "$.lines[0].outcome")));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : both) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("LICENSED"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("LICENSE_REQUIRED"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdown();
        }
        mvc.perform(get("/api/v1/licences/" + number).with(BUYER)).andExpect(jsonPath("$.remainingQuantity").value(2))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void aRevokedLicenceCoversNothingFromItsDayAndTheRevocationIsChained() throws Exception {
        String number = "D" + run + "D";
        String endUser = "Wuhan Revoke Test " + run + " Co";
        register(licence(number, 10, endUser)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/licences/" + number + "/revoke").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revokedOn\":\"2026-06-01\"}")).andExpect(status().isBadRequest());
        String shipping = JsonPath.read(upload(endUser, 4), "$.orderId"); // LICENSED, to ship on 2026-09-30
        String revoked = mvc.perform(post("/api/v1/licences/" + number + "/revoke").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"BIS letter of 2026-05-28\",\"revokedOn\":\"2026-06-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.toDecideAgain[0].orderId").value(shipping))
                .andExpect(jsonPath("$.toDecideAgain[0].shipDate").value("2026-09-30"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/decisions/" + JsonPath.read(revoked, "$.decisionId")).with(OFFICER))
                .andExpect(jsonPath("$.record.kind").value("LICENCE_REVOKE"));
        check(endUser, 4).andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].text", hasItem(containsString("was revoked on 2026-06-01"))));
        mvc.perform(get("/api/v1/audit/verify").with(OFFICER)).andExpect(jsonPath("$.intact").value(true));
    }

    // ---- NAC notifications ----

    private ResultActions checkNac(String endUser, int units, String shipDate) throws Exception {
        return mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content("""
                {"orderId":"PO-NAC","asOf":"%s","lines":[{"lineId":"1","partNumber":"NVIDIA GeForce RTX 4090","quantity":%d,
                 "destinationCountry":"CN","endUser":{"name":"%s","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}"""
                .formatted(shipDate, units, endUser)));
    }

    private ResultActions notify(String endUser, int units, String submitted) throws Exception {
        return mvc.perform(post("/api/v1/nac-notifications").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("""
                {"parts":["NVIDIA GeForce RTX 4090"],"destination":"CN","parties":[{"name":"%s","country":"CN"}],"quantity":%d,
                 "submitted":"%s"}""".formatted(endUser, units, submitted)));
    }

    @Test
    void aNacLineWaitsForItsNotificationClearsWithBisConfirmationAndShipsOnceUnderIt() throws Exception {
        String endUser = "Shenzhen Render NAC " + run + " Co";
        checkNac(endUser, 8, "2026-09-30").andExpect(jsonPath("$.lines[0].outcome").value("NAC"))
                .andExpect(jsonPath("$.lines[0].nac.status").value("NOT_NOTIFIED"));
        mvc.perform(post("/api/v1/nac-notifications").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"eccns":["3A090.c"],"destination":"XX","quantity":0,"submitted":"2099-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("eccns")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("destination")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parties")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("quantity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("submitted")));
        mvc.perform(post("/api/v1/nac-notifications").with(BUYER).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());

        String registered = notify(endUser, 20, "2026-09-10").andExpect(status().isCreated())
                .andExpect(jsonPath("$.earliestShipDate").value("2026-10-05"))
                .andExpect(jsonPath("$.state").value("WAITING"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(registered, "$.id");
        mvc.perform(get("/api/v1/decisions/" + JsonPath.read(registered, "$.decisionId")).with(OFFICER))
                .andExpect(jsonPath("$.record.kind").value("NAC_NOTIFICATION"));
        checkNac(endUser, 8, "2026-09-30").andExpect(jsonPath("$.lines[0].outcome").value("NAC"))
                .andExpect(jsonPath("$.lines[0].nac.status").value("WAITING"))
                .andExpect(jsonPath("$.lines[0].nac.notificationId").value(id))
                .andExpect(jsonPath("$.lines[0].nac.submitted").value("2026-09-10"))
                .andExpect(jsonPath("$.lines[0].nac.earliestShipDate").value("2026-10-05"));
        checkNac(endUser, 8, "2026-10-15").andExpect(jsonPath("$.lines[0].nac.status").value("WAITING"))
                .andExpect(jsonPath("$.lines[0].reasons[*].text", hasItem(containsString("no BIS confirmation number is recorded"))));

        mvc.perform(post("/api/v1/nac-notifications/" + id + "/confirmation").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmation\":\"NACC 2026-0815\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLEARED"));
        mvc.perform(post("/api/v1/nac-notifications/" + id + "/objection").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"too late\"}")).andExpect(status().isConflict());
        checkNac(endUser, 8, "2026-10-15").andExpect(jsonPath("$.lines[0].nac.status").value("CLEARED"));
        checkNac(endUser, 8, "2026-09-30").andExpect(jsonPath("$.lines[0].nac.status").value("WAITING"));

        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA GeForce RTX 4090,8,CN," + endUser + ",CN,CN,CN,2026-10-15\n"
                + "2,NVIDIA GeForce RTX 4090,8,CN," + endUser + ",CN,CN,CN,2026-09-30\n";
        String order = mvc.perform(multipart("/api/v1/orders").file(new MockMultipartFile("file", "nac.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(BUYER)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].nac.status").value("CLEARED"))
                .andExpect(jsonPath("$.lines[1].nac.status").value("WAITING"))
                .andExpect(jsonPath("$.shippableLines").value(1))
                .andExpect(jsonPath("$.nacNotCleared").value(1))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/nac-notifications/" + id).with(BUYER)).andExpect(jsonPath("$.remainingQuantity").value(12))
                .andExpect(jsonPath("$.shipments[0].units").value(8)).andExpect(jsonPath("$.shipments.length()").value(1));
        String orderId = JsonPath.read(order, "$.orderId");
        mvc.perform(post("/api/v1/orders/" + orderId + "/rerun").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].nac.status").value("CLEARED"));
        mvc.perform(get("/api/v1/nac-notifications/" + id).with(BUYER)).andExpect(jsonPath("$.remainingQuantity").value(12));
        mvc.perform(post("/api/v1/decisions/" + JsonPath.read(order, "$.decisionId") + "/replay").with(OFFICER))
                .andExpect(jsonPath("$.identical").value(true));
        mvc.perform(get("/api/v1/audit/verify").with(OFFICER)).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void anObjectedNotificationLeavesTheLineNeedingALicence() throws Exception {
        String endUser = "Hangzhou Objected NAC " + run + " Co";
        String id = JsonPath.read(notify(endUser, 20, "2026-09-01").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String objected = mvc.perform(post("/api/v1/nac-notifications/" + id + "/objection").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"objectedOn\":\"2026-09-24\",\"reason\":\"BIS: end user under review\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OBJECTED"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/decisions/" + JsonPath.read(objected, "$.decisionId")).with(OFFICER))
                .andExpect(jsonPath("$.record.kind").value("NAC_OBJECTION"));
        checkNac(endUser, 8, "2026-10-15").andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[0].nac.status").value("OBJECTED"))
                .andExpect(jsonPath("$.lines[0].reasons[*].text", hasItem(containsString("BIS objected to NAC notification " + id))));
        mvc.perform(get("/api/v1/nac-notifications").with(OFFICER)).andExpect(jsonPath("$[?(@.id == '" + id + "')].state").value(hasItem("OBJECTED")));
    }

    // ---- licences as a workbook ----

    @Test
    void licencesAreUploadedAsAWorkbookRowByRowAndDownloadedWithTheirDrawdowns() throws Exception {
        String known = "D" + run + "W1";
        register(licence(known, 10, "Workbook Known " + run + " Co")).andExpect(status().isCreated());
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Licences");
            String[][] rows = {
                    {"Number", "Valid From", "Valid Until", "ECCNs", "Parts", "Destinations", "Parties", "Quantity", "Value", "Currency", "Provisos"},
                    {"D" + run + "W2", "2026-01-01", "2026-12-31", "3A090.a", "NVIDIA H100 SXM5 80GB", "CN", "Workbook New " + run + " Co (CN)", "12", "360000", "usd", ""},
                    {"D" + run + "W3", "2026-06-01", "2026-01-01", "3A999.x", "", "CN", "", "-4", "", "", ""},
                    {known, "2026-01-01", "2026-12-31", "3A090.a", "", "CN", "Workbook Known " + run + " Co (CN)", "10", "", "", "no re-export"},
                    {known, "2026-01-01", "2027-12-31", "3A090.a", "", "CN", "Workbook Known " + run + " Co (CN)", "10", "", "", "no re-export"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/licences/workbook").file(new MockMultipartFile("file", "licences.xlsx", "application/octet-stream", xlsx))
                        .with(BUYER)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/licences/workbook").file(new MockMultipartFile("file", "licences.xlsx", "application/octet-stream", xlsx))
                        .with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.REGISTERED").value(1))
                .andExpect(jsonPath("$.counts.ALREADY_REGISTERED").value(1))
                .andExpect(jsonPath("$.counts.REFUSED").value(2))
                .andExpect(jsonPath("$.rows[0].result").value("REGISTERED"))
                .andExpect(jsonPath("$.rows[1].row").value(3))
                .andExpect(jsonPath("$.rows[1].problems", hasItem(containsString("validUntil"))))
                .andExpect(jsonPath("$.rows[1].problems", hasItem(containsString("eccns"))))
                .andExpect(jsonPath("$.rows[3].problems", hasItem(containsString("registered with other terms"))));
        mvc.perform(get("/api/v1/licences/D" + run + "W2").with(BUYER)).andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.parties[0].country").value("CN")).andExpect(jsonPath("$.remainingValue").value(360000));
        mvc.perform(multipart("/api/v1/licences/workbook").file(new MockMultipartFile("file", "junk.xlsx", "application/octet-stream",
                "not a workbook".getBytes(StandardCharsets.UTF_8))).with(OFFICER)).andExpect(status().isUnprocessableEntity());

        upload("Workbook Known " + run + " Co", 4); // draws 4 of the known licence
        byte[] download = mvc.perform(get("/api/v1/licences/workbook.xlsx").with(BUYER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(download))) {
            org.apache.poi.ss.usermodel.Sheet licences = wb.getSheet("Licences");
            int remaining = -1;
            for (org.apache.poi.ss.usermodel.Cell c : licences.getRow(0)) {
                remaining = "Remaining Quantity".equals(c.getStringCellValue()) ? c.getColumnIndex() : remaining;
            }
            double left = -1;
            for (org.apache.poi.ss.usermodel.Row row : licences) {
                if (known.equals(row.getCell(0).getStringCellValue())) {
                    left = row.getCell(remaining).getNumericCellValue();
                }
            }
            assertEquals(6.0, left, "10 units less the 4 drawn");
            boolean drawn = false;
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Draw-downs")) {
                drawn |= known.equals(row.getCell(0).getStringCellValue()) && row.getCell(5).getNumericCellValue() == 4.0;
            }
            assertEquals(true, drawn, "the draw-down is on the second sheet");
        }
        // the downloaded workbook uploads again without changing anything: every licence is registered already
        mvc.perform(multipart("/api/v1/licences/workbook").file(new MockMultipartFile("file", "again.xlsx", "application/octet-stream", download))
                        .with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.REGISTERED").value(0))
                .andExpect(jsonPath("$.counts.REFUSED").value(0));
    }

    @Test
    void theExplainTreeShowsTheLicenceAndImpactReportsLinesThatWouldLoseIt() throws Exception {
        String number = "D" + run + "E";
        String endUser = "Xian Impact Test " + run + " Co";
        register(licence(number, 10, endUser)).andExpect(status().isCreated()); // valid to 2026-12-31
        String checked = check(endUser, 8).andExpect(jsonPath("$.lines[0].outcome").value("LICENSED")).andReturn().getResponse().getContentAsString();
        String decisionId = JsonPath.read(checked, "$.decisionId");
        mvc.perform(get("/api/v1/decisions/" + decisionId).with(OFFICER))
                .andExpect(jsonPath("$.explain.lines[0].authorisation.licence.number").value(number))
                .andExpect(jsonPath("$.explain.lines[0].authorisation.licence.remainingQuantity").value(2))
                .andExpect(jsonPath("$.explain.lines[0].authorisation.shippable").value(true));
        String impact = mvc.perform(post("/api/v1/impact").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"shipping in January instead\",\"asOf\":\"2027-01-15\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> lost = JsonPath.read(impact, "$.flips[?(@.decisionId == '" + decisionId + "')].licenceLost");
        assertEquals(List.of(number), lost, "the line would lose licence " + number + ", which expires on 2026-12-31");
        List<String> after = JsonPath.read(impact, "$.flips[?(@.decisionId == '" + decisionId + "')].after");
        assertEquals(List.of("LICENSE_REQUIRED"), after);
    }

    @Test
    void aHeldLineThatShipsOnlyUnderNacIsReleasedOnlyOnceItsNotificationHasCleared() throws Exception {
        String endUser = "Held NAC " + run + " Co";
        String consignee = "Pearl River " + run + " Logistics";
        String held = mvc.perform(post("/api/v1/checks").with(BUYER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"asOf":"2026-10-15","lines":[{"lineId":"1","partNumber":"NVIDIA GeForce RTX 4090","quantity":8,"destinationCountry":"CN",
                         "endUser":{"name":"%s","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"},
                         "ultimateConsignee":{"name":"%s","country":"CN"}}]}""".formatted(endUser, consignee)))
                .andExpect(jsonPath("$.lines[0].outcome").value("HOLD")).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(held, "$.decisionId");
        String release = "/api/v1/decisions/" + id + "/lines/1/release";
        mvc.perform(post(release).with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"consignee's headquarters confirmed: CN\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("ships only under License Exception NAC or a licence")));
        String notified = mvc.perform(post("/api/v1/nac-notifications").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"parts":["NVIDIA GeForce RTX 4090"],"destination":"CN","parties":[{"name":"%s","country":"CN"},{"name":"%s","country":"CN"}],
                         "quantity":8,"submitted":"2026-09-01"}""".formatted(endUser, consignee)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String nacId = JsonPath.read(notified, "$.id");
        mvc.perform(post(release).with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"consignee's headquarters confirmed: CN\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("no BIS confirmation number is recorded")));
        mvc.perform(post("/api/v1/nac-notifications/" + nacId + "/confirmation").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmation\":\"NACC-" + run + "\"}")).andExpect(status().isOk());
        mvc.perform(post(release).with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"consignee's headquarters confirmed: CN\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nac.notificationId").value(nacId))
                .andExpect(jsonPath("$.nac.status").value("CLEARED"));
    }
}
