package com.chipcheck.service.records;

import com.chipcheck.service.orders.IncompleteOrders;
import com.chipcheck.service.orders.OrderUploads;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What every database behind the decision records must do; run against H2 and, in CI, PostgreSQL. */
abstract class RecordsContract {

    static final String CHECK = """
            {"orderId":"PO-REC","asOf":"2026-09-30","lines":[
              {"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"CN",
               "endUser":{"name":"Beijing Cloud Co","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}},
              {"lineId":"2","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"DE",
               "endUser":{"name":"Frankfurt AI Cloud GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}},
              {"lineId":"3","partNumber":"NVIDIA A800 SXM4 80GB","quantity":8,"destinationCountry":"CN","asOf":"2023-11-16",
               "endUser":{"name":"Shanghai AI Lab Co","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderUploads uploads;
    @Autowired
    IncompleteOrders incompleteOrders;
    @Autowired
    DecisionLedger ledger;

    String check() throws Exception {
        String body = mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("auditor-test").roles("PROCUREMENT")).content(CHECK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionId").value(startsWith("DEC-")))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.decisionId");
    }

    @Test
    void aStoredCheckIsExplainedWithTheFactsItsRulesUsedAndReplaysIdentically() throws Exception {
        String id = check();
        mvc.perform(get("/api/v1/decisions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.kind").value("CHECK"))
                .andExpect(jsonPath("$.record.requestedBy").value("auditor-test"))
                .andExpect(jsonPath("$.record.ruleSetVersion").value(startsWith("0.1.0")))
                .andExpect(jsonPath("$.input.lines[0].partNumber").value("NVIDIA H100 SXM5 80GB"))
                .andExpect(jsonPath("$.explain.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.explain.lines[0].facts.tpp").value(15832))
                .andExpect(jsonPath("$.explain.lines[0].facts.endUser.headquartersCountry").value("CN"))
                .andExpect(jsonPath("$.explain.lines[0].facts.countryGroups.CN").value(hasItem("D:5")))
                .andExpect(jsonPath("$.explain.lines[0].rulesFired.REQUIREMENT[0]").value(startsWith("[742.6-AC-DEST-a]")));
        mvc.perform(post("/api/v1/decisions/" + id + "/replay"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identical").value(true))
                .andExpect(jsonPath("$.versionChanges").isEmpty());
        mvc.perform(get("/api/v1/decisions/DEC-NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void anImpactRunShowsWhichStoredLinesAChangedCountryGroupTableDateOrThresholdWouldFlip() throws Exception {
        String id = check();
        String table = new String(getClass().getResourceAsStream("/reference/country_groups.csv").readAllBytes(), StandardCharsets.UTF_8)
                + "D:5,DE,Germany,2026-01-01,,candidate: a test of the impact report\n";
        String body = mvc.perform(post("/api/v1/impact").contentType(MediaType.APPLICATION_JSON)
                        .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                                java.util.Map.of("description", "Germany into D:5", "countryGroupsCsv", table))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.impactId").value(startsWith("IMP-")))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> flipped = JsonPath.read(body, "$.flips[?(@.decisionId == '" + id + "')].lineId");
        assertEquals(java.util.List.of("2"), flipped, body);
        assertEquals(java.util.List.of("LICENSE_REQUIRED"), JsonPath.read(body, "$.flips[?(@.decisionId == '" + id + "')].after"), body);
        mvc.perform(get((String) JsonPath.read(body, "$.report"))).andExpect(status().isOk());

        String later = mvc.perform(post("/api/v1/impact").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"every line as of 2026-09-30\",\"asOf\":\"2026-09-30\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the A800 line, stored as of the last day before the 2023 rule, needs a licence on the later date
        assertEquals(java.util.List.of("3"), JsonPath.read(later, "$.flips[?(@.decisionId == '" + id + "')].lineId"), later);
        assertEquals(java.util.List.of("NLR"), JsonPath.read(later, "$.flips[?(@.decisionId == '" + id + "')].before"), later);
        assertEquals(java.util.List.of("LICENSE_REQUIRED"), JsonPath.read(later, "$.flips[?(@.decisionId == '" + id + "')].after"), later);
        // the 2022 text with a 300 GB/s transfer-rate threshold instead of 600 would have controlled the A800
        String thresholds = new String(getClass().getResourceAsStream("/reference/thresholds.csv").readAllBytes(), StandardCharsets.UTF_8)
                .replace("interconnect_2022,600,", "interconnect_2022,300,");
        String lower = mvc.perform(post("/api/v1/impact").contentType(MediaType.APPLICATION_JSON)
                        .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                                java.util.Map.of("description", "600 GB/s threshold lowered to 300", "thresholdsCsv", thresholds))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidateThresholds").value(true))
                .andReturn().getResponse().getContentAsString();
        assertEquals(java.util.List.of("3"), JsonPath.read(lower, "$.flips[?(@.decisionId == '" + id + "')].lineId"), lower);
        assertEquals(java.util.List.of("LICENSE_REQUIRED"), JsonPath.read(lower, "$.flips[?(@.decisionId == '" + id + "')].after"), lower);
        mvc.perform(post("/api/v1/impact").contentType(MediaType.APPLICATION_JSON).content("{\"thresholdsCsv\":\"name,value\\ntpp_a1,abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("thresholdsCsv"));
        mvc.perform(post("/api/v1/impact").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theChainVerifiesAndAHandEditedRecordIsNamed() throws Exception {
        check();
        String edited = check();
        check();
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.tip").value(jdbc.queryForObject("SELECT last_hash FROM ledger_head WHERE id = 1", String.class)));
        String original = jdbc.queryForObject("SELECT outcome FROM decision_record WHERE decision_id = ?", String.class, edited);
        jdbc.update("UPDATE decision_record SET outcome = 'NLR' WHERE decision_id = ?", edited); // someone edits the table
        try {
            mvc.perform(get("/api/v1/audit/verify"))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenDecisionId").value(edited))
                    .andExpect(jsonPath("$.problem").value(startsWith("its content does not match its hash")));
        } finally {
            jdbc.update("UPDATE decision_record SET outcome = ? WHERE decision_id = ?", original, edited);
        }
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.intact").value(true));
    }

    /**
     * Issue 20, item 8: someone with write access to the database edited a decision, recomputed the chain with SHA-256
     * and moved the tip, and the verification said intact. The chain is sealed with a key outside the database now.
     */
    @Test
    void anEditWhoseChainIsRecomputedWithoutTheKeyIsStillNamed(@Autowired org.springframework.core.env.Environment env) throws Exception {
        check();
        String edited = check();
        check();
        java.nio.file.Path attackerKeyFile = java.nio.file.Files.createTempFile("no-key", ".properties");
        java.nio.file.Files.writeString(attackerKeyFile, "key=" + java.util.Base64.getEncoder().encodeToString(new byte[32])
                + "\nkeyed-from=" + Long.MAX_VALUE + "\n"); // what the attacker can do: plain SHA-256 all along
        ChainKey attacker = new ChainKey(attackerKeyFile.toString(), java.nio.file.Path.of("unused"), jdbc);
        long from = jdbc.queryForObject("SELECT seq FROM decision_record WHERE decision_id = ?", Long.class, edited);
        java.util.List<java.util.Map<String, Object>> before = jdbc.queryForList(
                "SELECT decision_id, outcome, prev_hash, hash FROM decision_record WHERE seq >= ? ORDER BY seq", from);
        String tipBefore = jdbc.queryForObject("SELECT last_hash FROM ledger_head WHERE id = 1", String.class);
        try {
            jdbc.update("UPDATE decision_record SET outcome = 'NLR' WHERE decision_id = ?", edited);
            String prev = (String) before.get(0).get("prev_hash");
            for (java.util.Map<String, Object> row : before) {
                DecisionRecord r = ledger.find((String) row.get("decision_id")).orElseThrow();
                DecisionRecord rechained = new DecisionRecord(r.seq(), r.decisionId(), r.kind(), r.createdAt(), r.requestedBy(), r.orderId(),
                        r.asOf(), r.ruleSetVersion(), r.listVersion(), r.outcome(), r.input(), r.decision(), prev, null).sealed(attacker);
                jdbc.update("UPDATE decision_record SET prev_hash = ?, hash = ? WHERE decision_id = ?", prev, rechained.hash(), r.decisionId());
                prev = rechained.hash();
            }
            jdbc.update("UPDATE ledger_head SET last_hash = ? WHERE id = 1", prev);
            mvc.perform(get("/api/v1/audit/verify"))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenDecisionId").value(edited));
        } finally {
            for (java.util.Map<String, Object> row : before) {
                jdbc.update("UPDATE decision_record SET outcome = ?, prev_hash = ?, hash = ? WHERE decision_id = ?",
                        row.get("outcome"), row.get("prev_hash"), row.get("hash"), row.get("decision_id"));
            }
            jdbc.update("UPDATE ledger_head SET last_hash = ? WHERE id = 1", tipBefore);
        }
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void editingTheHoldsIndexDoesNotLetAnOfficerReleaseHerOwnLine() throws Exception {
        String body = mvc.perform(post("/api/v1/checks").with(as("index-editor", "COMPLIANCE")).contentType(MediaType.APPLICATION_JSON).content(HELD))
                .andExpect(jsonPath("$.lines[2].outcome").value("HOLD")).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.decisionId");
        jdbc.update("UPDATE held_line SET requested_by = 'someone-else' WHERE decision_id = ?", id); // outside the chain
        release(id, 3, "index-editor", "{\"reason\":\"the index says someone else asked\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("four eyes: index-editor checked or uploaded this line")));
    }

    @Test
    void anUploadReceivedButNeverDecidedIsResumedOnStartUpAndNothingIsDuplicated() throws Exception {
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA H100 SXM5 80GB,8,CN,Beijing Cloud Co,CN,CN,CN," + LocalDate.of(2026, 9, 30) + "\n";
        String orderId = "ORD-CRASH" + System.nanoTime() % 100000;
        uploads.received(orderId, "crashed.csv", "procurement-test", csv.getBytes(StandardCharsets.UTF_8)); // the process died here
        assertTrue(uploads.incomplete().contains(orderId));
        mvc.perform(get("/api/v1/orders/incomplete")).andExpect(jsonPath("$").value(hasItem(orderId)));

        incompleteOrders.resumeAll(); // what start-up does, in the background
        assertFalse(uploads.incomplete().contains(orderId));
        String decisionId = uploads.decisionOf(orderId).orElseThrow();
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM decision_record WHERE order_id = ?", Integer.class, orderId));
        mvc.perform(get("/api/v1/decisions/" + decisionId))
                .andExpect(jsonPath("$.record.kind").value("ORDER"))
                .andExpect(jsonPath("$.record.requestedBy").value("procurement-test"))
                .andExpect(jsonPath("$.explain.lines[0].outcome").value("LICENSE_REQUIRED"));
        mvc.perform(get("/api/v1/orders/" + orderId + "/report.xlsx")).andExpect(status().isOk());
        incompleteOrders.resumeAll(); // a second start-up finds nothing to do
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM decision_record WHERE order_id = ?", Integer.class, orderId));
    }

    @Test
    void anUploadThatFailedTwiceIsQuarantinedNotRunAtEveryStart() throws Exception {
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA H100 SXM5 80GB,8,CN,Beijing Cloud Co,CN,CN,CN," + LocalDate.of(2026, 9, 30) + "\n";
        String orderId = "ORD-POISON" + System.nanoTime() % 100000;
        uploads.received(orderId, "poison.csv", "procurement-test", csv.getBytes(StandardCharsets.UTF_8)); // its first run died here
        uploads.resuming(orderId); // and so did the resumption at the next start

        incompleteOrders.resumeAll();
        assertFalse(uploads.incomplete().contains(orderId), "not run a third time");
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM decision_record WHERE order_id = ?", Integer.class, orderId));
        mvc.perform(get("/api/v1/orders/quarantined").with(as("compliance-test", "COMPLIANCE"))).andExpect(jsonPath("$").value(hasItem(orderId)));
        assertEquals("QUARANTINED", uploads.summaries(null, 0, 1000).stream().filter(o -> o.orderId().equals(orderId))
                .findFirst().orElseThrow().state());

        // once the cause is fixed, a compliance officer decides it again
        mvc.perform(post("/api/v1/orders/" + orderId + "/rerun").with(as("compliance-test", "COMPLIANCE")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/quarantined").with(as("compliance-test", "COMPLIANCE")))
                .andExpect(jsonPath("$").value(org.hamcrest.Matchers.not(hasItem(orderId))));
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM decision_record WHERE order_id = ?", Integer.class, orderId));
    }

    /** A word of this run's own: the PostgreSQL database is shared by runs, and licences and shipments stay in it. */
    static final String RUN = new java.util.Random().ints(10, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    static final String HOLDS_END_USER = "Holds " + RUN + " Co";

    static final String HELD = """
            {"orderId":"PO-HOLDS","asOf":"2026-09-30","lines":[
              {"lineId":"A","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"CN",
               "endUser":{"name":"%s","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}},
              {"lineId":"B","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"DE",
               "endUser":{"name":"Frankfurt AI Cloud GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}},
              {"lineId":"C","partNumber":"AMD Instinct MI308X","quantity":2,"destinationCountry":"DE",
               "endUser":{"name":"Frankfurt AI Cloud GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}}]}""".formatted(HOLDS_END_USER);

    /**
     * Registers a licence for 8+ H100s to an end user in CN, valid from 2026-01-01 to {@code validUntil}, under a
     * number of its own (the PostgreSQL database is shared by runs); returns the number.
     */
    private String licence(String endUser, String validUntil) throws Exception {
        String number = "T" + java.util.UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        mvc.perform(post("/api/v1/licences").with(as("licence-registrar", "COMPLIANCE")).contentType(MediaType.APPLICATION_JSON).content("""
                {"number":"%s","validFrom":"2026-01-01","validUntil":"%s","eccns":["3A090.a"],"destinations":["CN"],
                 "parties":[{"name":"%s","country":"CN"}],"quantity":100}""".formatted(number, validUntil, endUser)))
                .andExpect(status().isCreated());
        return number;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String name, String role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(name).roles(role);
    }

    private org.springframework.test.web.servlet.ResultActions release(String decisionId, int line, String by, String body) throws Exception {
        return mvc.perform(post("/api/v1/decisions/" + decisionId + "/lines/" + line + "/release").with(as(by, "COMPLIANCE"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aHeldLineIsQueuedAndReleasedOnlyByAnotherOfficerWithAReasonAsAnAppendedRecord() throws Exception {
        String body = mvc.perform(post("/api/v1/checks").with(as("holds-requester", "COMPLIANCE")).contentType(MediaType.APPLICATION_JSON).content(HELD))
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSE_REQUIRED"))
                .andExpect(jsonPath("$.lines[1].outcome").value("NLR"))
                .andExpect(jsonPath("$.lines[2].outcome").value("HOLD"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.decisionId");
        String queue = mvc.perform(get("/api/v1/holds?limit=1000&decisionId=" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> mine = JsonPath.read(queue, "$.holds[?(@.decisionId == '" + id + "')].lineId");
        assertEquals(java.util.List.of("A", "C"), mine, "the licence-required and the held line wait; the NLR line does not");
        assertEquals(2, (int) JsonPath.read(queue, "$.total"), "of that decision only");
        queue = mvc.perform(get("/api/v1/holds?limit=1000")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<java.time.Instant> since = JsonPath.<java.util.List<String>>read(queue, "$.holds[*].heldAt").stream()
                .map(java.time.Instant::parse).toList(); // as instants: "…:14Z" is not before "…:14.011Z" in time
        assertEquals(since.stream().sorted().toList(), since, "oldest first");
        mvc.perform(get("/api/v1/holds?outcome=HOLD&limit=1000&decisionId=" + id))
                .andExpect(jsonPath("$.holds[?(@.decisionId == '" + id + "')].line").value(org.hamcrest.Matchers.contains(3)))
                .andExpect(jsonPath("$.holds[?(@.decisionId == '" + id + "')].reasons[0]").value(hasItem(startsWith("["))));

        release(id, 3, "holds-requester", "{\"reason\":\"I checked it myself\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("four eyes: holds-requester checked or uploaded this line")));
        release(id, 3, "holds-reviewer", "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("a release needs a reason")));
        release(id, 2, "holds-reviewer", "{\"reason\":\"x\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:conflict"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is not held")));
        release(id, 1, "holds-reviewer", "{\"reason\":\"licence granted\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:refused"))
                .andExpect(jsonPath("$.detail").value("line 1 needs a licence: name a registered licence that covers it (licence.number)"));
        release(id, 1, "holds-reviewer", "{\"reason\":\"licence granted\",\"licence\":{\"number\":\"NOT-REGISTERED\"}}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("licence NOT-REGISTERED is not registered: register it first (POST /api/v1/licences)"));
        String lapsed = licence(HOLDS_END_USER, "2026-06-30");
        release(id, 1, "holds-reviewer", "{\"reason\":\"licence granted\",\"licence\":{\"number\":\"" + lapsed + "\"}}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(startsWith("licence " + lapsed + ", expired on 2026-06-30 (ship date 2026-09-30)")));

        String released = release(id, 3, "holds-reviewer", "{\"reason\":\"Vendor datasheet gives 2,600 dense TOPS at 8 bits: 3A090.a; ships to DE under NLR\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.releasedBy").value("holds-reviewer"))
                .andReturn().getResponse().getContentAsString();
        String releaseId = JsonPath.read(released, "$.releaseDecisionId");
        release(id, 3, "holds-other", "{\"reason\":\"again\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already released (" + releaseId + ")")));
        String granted = licence(HOLDS_END_USER, "2027-06-30");
        release(id, 1, "holds-reviewer", "{\"reason\":\"licence granted\",\"licence\":{\"number\":\"" + granted + "\"}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.licence.number").value(granted));

        mvc.perform(get("/api/v1/holds?limit=1000&decisionId=" + id)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/decisions/" + releaseId))
                .andExpect(jsonPath("$.record.kind").value("RELEASE"))
                .andExpect(jsonPath("$.record.outcome").value("RELEASED"))
                .andExpect(jsonPath("$.record.requestedBy").value("holds-reviewer"))
                .andExpect(jsonPath("$.act.releases.decisionId").value(id))
                .andExpect(jsonPath("$.act.heldOutcome").value("HOLD"))
                .andExpect(jsonPath("$.act.requestedBy").value("holds-requester"))
                .andExpect(jsonPath("$.act.reason").value(startsWith("Vendor datasheet gives")));
        mvc.perform(get("/api/v1/decisions/" + id))
                .andExpect(jsonPath("$.record.outcome").value("HOLD")) // the released decision itself is never edited
                .andExpect(jsonPath("$.laterActs").value(hasItem(releaseId)));
        mvc.perform(post("/api/v1/decisions/" + releaseId + "/replay")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.intact").value(true));
        release("DEC-NOPE", 1, "holds-reviewer", "{\"reason\":\"x\"}").andExpect(status().isNotFound());
    }

    @Test
    void twoOfficersReleasingTheSameLineAtOnceGiveOneRelease(@Autowired com.chipcheck.service.holds.HoldReleases releases) throws Exception {
        String body = mvc.perform(post("/api/v1/checks").with(as("race-requester", "PROCUREMENT")).contentType(MediaType.APPLICATION_JSON).content(HELD))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.decisionId");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String officer = "race-officer-" + i;
                attempts.add(pool.submit(() -> {
                    try {
                        return releases.release(id, 3, new com.chipcheck.service.holds.HoldReleases.Release("checked", null), officer).decisionId();
                    } catch (com.chipcheck.service.system.Refusal e) {
                        return "refused " + e.status();
                    }
                }));
            }
            java.util.List<String> results = new java.util.ArrayList<>();
            for (var a : attempts) {
                results.add(a.get());
            }
            assertEquals(1, results.stream().filter(r -> r.startsWith("DEC-")).count(), results.toString());
            assertEquals(3, results.stream().filter(r -> r.equals("refused 409")).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM hold_release WHERE decision_id = ?", Integer.class, id));
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM decision_record WHERE kind = 'RELEASE' AND input_json LIKE ?", Integer.class,
                "%" + id + "%"), "the refused attempts left no record");
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void aRerunOrderSupersedesTheHoldsOfItsEarlierDecisionAndAReleasedOrderLineCountsAsShipped() throws Exception {
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA H100 SXM5 80GB,8,CN,Holds Cloud " + RUN + " Co,CN,CN,CN,2026-09-30\n"
                + "2,NVIDIA H100 SXM5 80GB,8,DE,Frankfurt AI Cloud GmbH,DE,DE,DE,2026-09-30\n";
        String uploaded = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/orders")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "holds.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as("order-uploader", "PROCUREMENT")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String orderId = JsonPath.read(uploaded, "$.orderId");
        String first = JsonPath.read(uploaded, "$.decisionId");
        mvc.perform(get("/api/v1/holds?limit=1000&decisionId=" + first))
                .andExpect(jsonPath("$.holds[?(@.decisionId == '" + first + "')].requestedBy").value(hasItem("order-uploader")))
                .andExpect(jsonPath("$.holds[?(@.decisionId == '" + first + "')].orderId").value(hasItem(orderId)));

        String rerun = mvc.perform(post("/api/v1/orders/" + orderId + "/rerun")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = JsonPath.read(rerun, "$.decisionId");
        mvc.perform(get("/api/v1/holds?limit=1000&decisionId=" + first)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/holds?limit=1000&decisionId=" + second))
                .andExpect(jsonPath("$.holds[?(@.decisionId == '" + second + "')].line").value(org.hamcrest.Matchers.contains(1)));
        String d7 = licence("Holds Cloud " + RUN + " Co", "2027-06-30");
        release(first, 1, "holds-reviewer", "{\"reason\":\"licence granted\",\"licence\":{\"number\":\"" + d7 + "\"}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("was decided again (" + second + ")")));

        String key = "%" + RUN + "%";
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM shipment WHERE LOWER(end_user_key) LIKE ?", Integer.class, key));
        String releaseId = JsonPath.read(release(second, 1, "holds-reviewer", "{\"reason\":\"licence granted\",\"licence\":{\"number\":\"" + d7 + "\"}}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.releaseDecisionId");
        assertEquals(releaseId, jdbc.queryForObject("SELECT decision_id FROM shipment WHERE LOWER(end_user_key) LIKE ?", String.class, key),
                "the released line now counts towards the end user's yearly TPP");
        mvc.perform(get("/api/v1/licences/" + d7).with(as("licence-reader", "COMPLIANCE")))
                .andExpect(jsonPath("$.remainingQuantity").value(92))
                .andExpect(jsonPath("$.drawdowns[0].decisionId").value(releaseId))
                .andExpect(jsonPath("$.drawdowns[0].units").value(8));

        String mine = mvc.perform(get("/api/v1/orders?limit=1000").with(as("order-uploader", "PROCUREMENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertEquals(java.util.List.of("COMPLETED"), JsonPath.read(mine, "$[?(@.orderId == '" + orderId + "')].state"));
        assertEquals(java.util.List.of(second), JsonPath.read(mine, "$[?(@.orderId == '" + orderId + "')].decisionId"), "its latest decision");
        assertEquals(java.util.List.of("LICENSE_REQUIRED"), JsonPath.read(mine, "$[?(@.orderId == '" + orderId + "')].outcome"));
        assertEquals(java.util.List.of(0), JsonPath.read(mine, "$[?(@.orderId == '" + orderId + "')].openHolds"));
        assertEquals(java.util.List.of(1), JsonPath.read(mine, "$[?(@.orderId == '" + orderId + "')].released"));
        java.util.List<String> owners = JsonPath.read(mine, "$[*].requestedBy");
        assertTrue(owners.stream().allMatch("order-uploader"::equals), "procurement staff see their own orders only: " + owners);
        mvc.perform(get("/api/v1/orders?limit=1000").with(as("someone-else", "PROCUREMENT")))
                .andExpect(jsonPath("$[?(@.orderId == '" + orderId + "')]").isEmpty());
        mvc.perform(get("/api/v1/orders?limit=1000").with(as("an-auditor", "AUDITOR")))
                .andExpect(jsonPath("$[?(@.orderId == '" + orderId + "')].requestedBy").value(hasItem("order-uploader")));

        // the released line shipped under the licence: deciding the order again never gives that draw back (it now
        // ships under the licence too, and draws again: counted twice rather than never)
        mvc.perform(post("/api/v1/orders/" + orderId + "/rerun")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].outcome").value("LICENSED"));
        mvc.perform(get("/api/v1/licences/" + d7).with(as("licence-reader", "COMPLIANCE"))).andExpect(jsonPath("$.remainingQuantity").value(84));
    }

    @Test
    void aLargeDecisionIsKeptCompressedAndStillVerifiesExplainsAndReplays() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 1001; i++) {
            lines.append(i == 1 ? "" : ",").append("{\"lineId\":\"").append(i).append("\",\"partNumber\":\"NVIDIA H100 SXM5 80GB\",\"quantity\":")
                    .append(i).append(",\"destinationCountry\":\"CN\",\"endUser\":{\"name\":\"Beijing Cloud Co\",\"country\":\"CN\"}}");
        }
        String body = mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"2026-09-30\",\"lines\":[" + lines + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1000].outcome").value("HOLD")) // no headquarters given: held
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.decisionId");
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM decision_record WHERE decision_id = ? AND decision_gz IS NOT NULL "
                + "AND input_gz IS NOT NULL AND decision_json IS NULL", Integer.class, id), "kept compressed");
        mvc.perform(get("/api/v1/decisions/" + id)) // the first page of 1,000 lines
                .andExpect(jsonPath("$.lines.total").value(1001))
                .andExpect(jsonPath("$.lines.returned").value(1000))
                .andExpect(jsonPath("$.decision.outcome").value("HOLD"))
                .andExpect(jsonPath("$.input.lines.length()").value(1000));
        mvc.perform(get("/api/v1/decisions/" + id + "?lineOffset=1000"))
                .andExpect(jsonPath("$.lines.offset").value(1000))
                .andExpect(jsonPath("$.input.lines[0].quantity").value(1001))
                .andExpect(jsonPath("$.explain.lines[0].outcome").value("HOLD"))
                .andExpect(jsonPath("$.decision.lines[0].lineId").value("1001"));
        mvc.perform(get("/api/v1/decisions/" + id + "?lineLimit=100000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:chipcheck:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("lineLimit"));
        mvc.perform(post("/api/v1/decisions/" + id + "/replay")).andExpect(jsonPath("$.identical").value(true));
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.intact").value(true));
        byte[] stored = jdbc.queryForObject("SELECT decision_gz FROM decision_record WHERE decision_id = ?", byte[].class, id);
        byte[] edited = stored.clone();
        edited[edited.length / 2] ^= 1; // someone edits the compressed bytes
        jdbc.update("UPDATE decision_record SET decision_gz = ? WHERE decision_id = ?", edited, id);
        try {
            mvc.perform(get("/api/v1/audit/verify"))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenDecisionId").value(id));
        } finally {
            jdbc.update("UPDATE decision_record SET decision_gz = ? WHERE decision_id = ?", stored, id);
        }
    }
}
