package com.chipcheck.service.hostile;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.chipcheck.service.HttpForms.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While hostile files are being read (two full 1,048,576-row sheets at once, the most the order slots take, and a
 * third waiting for a slot), the service keeps answering checks from another user, over real HTTP. Not a timing
 * claim: every check must be answered, correctly, while the uploads are still in flight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chipcheck.data-dir=target/test-data-liveness-${random.uuid}")
class AnsweringUnderHostileUploadsTest {

    private static final String CHECK = """
            {"lines":[{"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":8,"destinationCountry":"CN","asOf":"2026-09-30",
            "endUser":{"name":"Beijing Cloud Co","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}""";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void checksAreAnsweredWhileFullSheetsAreRefused() throws Exception {
        byte[] fullSheet = HostileInputTest.fullSheet(false);
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uploads.add(http.sendAsync(com.chipcheck.service.HttpForms.upload(URI.create("http://localhost:" + port + "/api/v1/orders"), "full.xlsx", fullSheet)
                    .header("Authorization", basic("procurement")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int answered = 0;
        long slowestMs = 0;
        while (uploads.stream().anyMatch(u -> !u.isDone())) {
            long start = System.nanoTime();
            HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
                    .header("Authorization", basic("compliance")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CHECK)).build(), HttpResponse.BodyHandlers.ofString());
            slowestMs = Math.max(slowestMs, (System.nanoTime() - start) / 1_000_000);
            assertEquals(200, check.statusCode(), check.body());
            assertTrue(check.body().contains("\"outcome\":\"LICENSE_REQUIRED\""), check.body());
            if (uploads.stream().anyMatch(u -> !u.isDone())) {
                answered++;
            }
            Thread.sleep(50);
        }
        for (CompletableFuture<HttpResponse<String>> u : uploads) {
            HttpResponse<String> r = u.get();
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("more than 200000 rows"), r.body());
        }
        assertTrue(answered >= 5, "checks answered while the uploads were in flight: " + answered);
        System.out.printf("answered %d checks during three full-sheet uploads; slowest %d ms%n", answered, slowestMs);
    }


}
