package com.chipcheck.service.orders;

import com.chipcheck.service.ServiceProcesses;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.chipcheck.service.HttpForms.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fault test: the service process is killed (SIGKILL, no shutdown hook) while it decides a 100,000-line upload.
 * Started again on the same data folder, it finds the stored upload, decides it, and the decision records hold
 * exactly one record for the order, the chain intact: nothing duplicated, nothing lost. Runs the real service in
 * its own JVM, twice.
 */
class KillDuringUploadTest {

    private static final Path DATA = Path.of("target", "test-data-kill-" + System.nanoTime());
    private final ServiceProcesses services = new ServiceProcesses();
    private ServiceProcesses.Service service;

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void anUploadKilledMidwayIsDecidedOnceAfterRestart() throws Exception {
        Path orders = DATA.resolve("orders");
        com.chipcheck.service.cli.SampleOrders.main(new String[]{orders.toString(), "100000"});
        byte[] workbook = Files.readAllBytes(orders.resolve("large-order-100000.xlsx"));

        service = services.start("first", DATA, 0, "--spring.profiles.active=demo");
        int port = service.port();
        get("/api/v1/me", "compliance"); // up and signed in
        for (int i = 0; i < 3; i++) { // records from before the upload, which must survive unchanged
            HttpResponse<String> check = service.postJson("/api/v1/checks", "{\"lines\":[{\"lineId\":\"1\",\"partNumber\":\"NVIDIA H20 (HGX H20 96GB)\",\"quantity\":1,"
                    + "\"destinationCountry\":\"DE\",\"endUser\":{\"name\":\"Acme GmbH\",\"country\":\"DE\"}}]}", "procurement");
            assertEquals(200, check.statusCode(), check.body());
        }
        long before = ((Number) JsonPath.read(get("/api/v1/audit/verify", "auditor"), "$.records")).longValue();

        CompletableFuture<HttpResponse<String>> upload = services.http().sendAsync(com.chipcheck.service.HttpForms.upload(service.uri("/api/v1/orders"),
                        "large-order-100000.xlsx", workbook).header("Authorization", basic("procurement")).build(),
                HttpResponse.BodyHandlers.ofString());
        String orderId = waitForIncompleteUpload(upload);
        // a second after it is listed the upload has been synced to disk (OrderUploads.received) and is being
        // decided, which takes far longer: the kill lands in the middle of deciding it
        Thread.sleep(1000);
        assertTrue(!upload.isDone(), "still being decided when killed");
        service.kill(); // killed while deciding: the upload is stored, its decision is not
        assertTrue(upload.handle((r, e) -> e != null || r.statusCode() >= 500).get(), "the uploader saw the connection drop");

        // started again as the same replica (same host, port and data folder): its earlier life's lease is taken over at once
        service = services.start("second", DATA, port, "--spring.profiles.active=demo");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!get("/api/v1/orders/incomplete", "compliance").equals("[]")) {
            if (System.nanoTime() > deadline) {
                fail("the order was not resumed; see " + service.log());
            }
            Thread.sleep(250);
        }
        String verify = get("/api/v1/audit/verify", "auditor");
        assertEquals(Boolean.TRUE, JsonPath.read(verify, "$.intact"), verify);
        assertEquals(before + 1, ((Number) JsonPath.read(verify, "$.records")).longValue(), "exactly one new record: the order's, once");
        HttpResponse<byte[]> report = services.http().send(HttpRequest.newBuilder(service.uri("/api/v1/orders/" + orderId + "/report.xlsx"))
                .header("Authorization", basic("procurement")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, report.statusCode(), "the uploader gets the annotated workbook of the resumed order");
        String holds = get("/api/v1/holds?limit=1000", "compliance");
        List<String> decisions = JsonPath.read(holds, "$.holds[?(@.orderId == '" + orderId + "')].decisionId");
        assertTrue(decisions.size() > 0 && decisions.stream().distinct().count() == 1, "the order's held lines come from one decision: " + decisions.stream().distinct().toList());
    }

    /** Polls until the upload is stored but not decided, and returns its order id. */
    private String waitForIncompleteUpload(CompletableFuture<HttpResponse<String>> upload) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> incomplete = JsonPath.read(get("/api/v1/orders/incomplete", "compliance"), "$");
            if (!incomplete.isEmpty()) {
                return incomplete.get(0);
            }
            if (upload.isDone()) {
                fail("the upload finished before it could be interrupted: " + upload.get().statusCode());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the upload was never stored");
    }

    private String get(String path, String user) throws Exception {
        return service.get(path, user);
    }
}
