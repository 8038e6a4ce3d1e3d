package com.chipcheck.service;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static com.chipcheck.service.HttpForms.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real service in JVMs of its own, for the fault and replica tests: started on a free port with the test's class
 * path (less the test classes), its log under the data folder, and killed (SIGKILL) when the test ends.
 */
public final class ServiceProcesses implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    /** One running service. */
    public final class Service {
        private final int port;
        private final Process process;
        private final Path log;

        private Service(int port, Process process, Path log) {
            this.port = port;
            this.process = process;
            this.log = log;
        }

        public URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        public int port() {
            return port;
        }

        public Path log() {
            return log;
        }

        /** Killed with no shutdown hook, as a crash or an OOM killer would. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        public String get(String path, String user) throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET(), user);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return r.body();
        }

        public HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
            return http.send(request.header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> postJson(String path, String json, String user) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)), user);
        }
    }

    public HttpClient http() {
        return http;
    }

    /** Starts the service on {@code port} (0: a free one) and waits until it answers its health check. */
    public Service start(String name, Path data, int port, String... args) throws Exception {
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
        }
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-cp",
                classpath, "com.chipcheck.service.ChipCheckApplication", "--server.port=" + port, "--chipcheck.data-dir=" + data.toAbsolutePath()));
        command.addAll(List.of(args));
        Path log = data.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        Service service = new Service(port, p, log);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail("the service stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(service.uri("/actuator/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return service;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start; see " + log);
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
