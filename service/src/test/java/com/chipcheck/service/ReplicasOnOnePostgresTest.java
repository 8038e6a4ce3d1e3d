package com.chipcheck.service;

import com.chipcheck.service.cli.SampleOrders;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.chipcheck.service.HttpForms.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two replicas of the service, each its own JVM with its own data folder, on one PostgreSQL database (CI sets
 * CHIPCHECK_DB_URL): concurrent checks on both keep one intact chain with one record per answered check; a list
 * version loaded on one and approved on the other is used by both within 5 s; a false positive recorded on one
 * suppresses the hit on the other; a replica killed while deciding an upload leaves it to the survivor, which
 * decides it exactly once.
 */
@EnabledIfEnvironmentVariable(named = "CHIPCHECK_DB_URL", matches = ".+")
class ReplicasOnOnePostgresTest {

    private static final Path DATA = Path.of("target", "test-data-replicas-" + System.nanoTime());
    private final ServiceProcesses services = new ServiceProcesses();
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @AfterEach
    void stopAll() {
        services.close();
    }

    private ServiceProcesses.Service replica(String name) throws Exception {
        return services.start(name, DATA.resolve(name), 0, "--spring.profiles.active=postgres,demo",
                // the key that seals the chain is one for all replicas (the other PostgreSQL tests share this one)
                "--chipcheck.records.chain-key-file=" + Path.of("target", "pg-chain.key").toAbsolutePath(),
                "--chipcheck.replicas.poll-ms=500", "--chipcheck.replicas.lease-seconds=6", "--chipcheck.replicas.resume-ms=2000");
    }

    @Test
    void twoReplicasShareOneChainOneListOneRegisterAndDecideEveryUploadOnce() throws Exception {
        ServiceProcesses.Service a = replica("a");
        ServiceProcesses.Service b = replica("b");

        // concurrent checks on both: one record each, one intact chain
        long before = records(a);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ServiceProcesses.Service to = i % 2 == 0 ? a : b;
            answers.add(pool.submit(() -> to.postJson("/api/v1/checks", "{\"lines\":[{\"lineId\":\"1\",\"partNumber\":\"NVIDIA H20 (HGX H20 96GB)\","
                    + "\"quantity\":1,\"destinationCountry\":\"DE\",\"endUser\":{\"name\":\"Acme GmbH\",\"country\":\"DE\"}}]}", "procurement").statusCode()));
        }
        for (Future<Integer> f : answers) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        String verify = b.get("/api/v1/audit/verify", "auditor");
        assertEquals(Boolean.TRUE, JsonPath.read(verify, "$.intact"), verify);
        assertEquals(before + 40, records(a), "exactly one record per answered check, whichever replica answered");

        // a list version loaded on A and approved on B (four eyes across replicas) is used by both within 5 s
        String listed = "Replica Test Trading " + run + " Co";
        byte[] list = listWith(listed);
        HttpResponse<String> loaded = a.send(HttpForms.upload(a.uri("/api/v1/lists"), "csl-" + run + ".json", list), "compliance");
        assertEquals(202, loaded.statusCode(), loaded.body());
        String version = JsonPath.read(loaded.body(), "$.version.id");
        HttpResponse<String> approved = b.send(HttpRequest.newBuilder(b.uri("/api/v1/lists/" + version + "/approve"))
                .POST(HttpRequest.BodyPublishers.noBody()), "compliance2");
        assertEquals(201, approved.statusCode(), approved.body());
        for (ServiceProcesses.Service replica : List.of(a, b)) {
            within5s(() -> version.equals(JsonPath.read(replica.get("/api/v1/lists", "compliance"), "$.current.id")), "list " + version + " in use on "
                    + replica.log());
        }
        String hit = a.postJson("/api/v1/screenings", "{\"parties\":[{\"name\":\"" + listed + "\",\"country\":\"CN\"}]}", "compliance").body();
        assertTrue(hit.contains("s9" + run), "the new entry is hit: " + hit);

        // a false positive recorded and approved on A suppresses the hit on B
        HttpResponse<String> fp = a.postJson("/api/v1/screenings/false-positives", "{\"party\":\"" + listed + "\",\"country\":\"CN\",\"entryId\":\"s9"
                + run + "\",\"reason\":\"another company: registry extract checked\",\"reviewer\":\"compliance\",\"expires\":\""
                + java.time.LocalDate.now().plusDays(90) + "\"}", "compliance");
        assertEquals(201, fp.statusCode(), fp.body());
        String fpId = JsonPath.read(fp.body(), "$.id");
        HttpResponse<String> fpApproved = b.send(HttpRequest.newBuilder(b.uri("/api/v1/screenings/false-positives/" + fpId + "/approve"))
                .POST(HttpRequest.BodyPublishers.noBody()), "compliance2");
        assertEquals(200, fpApproved.statusCode(), fpApproved.body());
        within5s(() -> b.postJson("/api/v1/screenings", "{\"parties\":[{\"name\":\"" + listed + "\",\"country\":\"CN\"}]}", "compliance").body()
                .contains(fpId), "the reviewed false positive is applied on B");

        // A killed while deciding a large upload: B resumes it once its lease expires, and decides it exactly once
        Path orders = DATA.resolve("orders");
        SampleOrders.main(new String[]{orders.toString(), "60000"});
        byte[] workbook = Files.readAllBytes(orders.resolve("large-order-60000.xlsx"));
        CompletableFuture<HttpResponse<String>> upload = services.http().sendAsync(HttpForms.upload(a.uri("/api/v1/orders"),
                "replica-order.xlsx", workbook).header("Authorization", basic("procurement")).build(), HttpResponse.BodyHandlers.ofString());
        String orderId = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (orderId == null && System.nanoTime() < deadline) {
            List<String> incomplete = JsonPath.read(b.get("/api/v1/orders/incomplete", "compliance"), "$");
            orderId = incomplete.isEmpty() ? null : incomplete.get(0);
            assertTrue(!upload.isDone() || orderId != null, "the upload finished before it could be interrupted");
            Thread.sleep(20);
        }
        assertTrue(orderId != null, "the upload was never stored");
        Thread.sleep(1000);
        a.kill();
        long beforeResume = records(b);
        String id = orderId;
        deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (((List<?>) JsonPath.read(b.get("/api/v1/orders/incomplete", "compliance"), "$")).contains(id)) {
            if (System.nanoTime() > deadline) {
                fail("the survivor did not resume " + id + "; see " + b.log());
            }
            Thread.sleep(250);
        }
        verify = b.get("/api/v1/audit/verify", "auditor");
        assertEquals(Boolean.TRUE, JsonPath.read(verify, "$.intact"), verify);
        assertEquals(beforeResume + 1, records(b), "the order decided exactly once, by the survivor");
        List<String> state = JsonPath.read(b.get("/api/v1/orders?limit=1000", "compliance"), "$[?(@.orderId == '" + id + "')].state");
        assertEquals(List.of("COMPLETED"), state);
    }

    private static long records(ServiceProcesses.Service s) throws Exception {
        return ((Number) JsonPath.read(s.get("/api/v1/audit/verify", "auditor"), "$.records")).longValue();
    }

    /** The shipped sample list with one more Entity List entry: passes the integrity guard (nothing lost). */
    private byte[] listWith(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode list = (ObjectNode) json.readTree(Path.of("..", "samples", "lists", "csl-sample.json").toFile());
        ObjectNode entry = ((ArrayNode) list.get("results")).addObject();
        entry.put("id", "s9" + run);
        entry.put("source", "Entity List (EL) - Bureau of Industry and Security");
        entry.put("name", name);
        entry.putArray("alt_names");
        entry.put("type", "Entity");
        entry.putArray("addresses").addObject().put("country", "CN");
        list.put("total", list.get("results").size());
        return json.writeValueAsBytes(list);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void within5s(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                fail("not within 5 s: " + what);
            }
            Thread.sleep(100);
        }
    }
}
