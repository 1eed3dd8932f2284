package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.store.TestDatabases;

/**
 * Durability: a server process is killed with SIGKILL while clients are writing; a new server on
 * the same database then has every write that had been acknowledged, and an intact audit chain.
 */
class RestartTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void acknowledgedWritesSurviveKill9(String kind) throws Exception {
        String url = TestDatabases.fresh(kind).url();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ServeMain.class.getName(), url,
                Harness.ROOT.resolve("knowledge").toString()).redirectErrorStream(true).start();
        List<String> acknowledged = new ArrayList<>();
        String token;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int port = Integer.parseInt(out.readLine().split(" ")[1]);
            token = out.readLine().split(" ")[1];
            HttpClient http = HttpClient.newHttpClient();
            String yaml = Harness.example("hr-positive-pik3ca-after-cdk46");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "durable-" + i;
                writes.add(pool.submit(() -> {
                    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/patients"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofString(yaml.replaceFirst("(?m)^id: .*$", "id: " + id))).build();
                    return http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode() == 201 ? id : null;
                }));
            }
            // Kill while writes are still in flight.
            Thread.sleep(1500);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            for (Future<String> f : writes) {
                try {
                    String id = f.get();
                    if (id != null) {
                        acknowledged.add(id);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    // The connection died with the server: not acknowledged.
                }
            }
            pool.shutdown();
        } finally {
            p.destroyForcibly();
        }
        assertThat(acknowledged).isNotEmpty();
        try (Harness h = new Harness(url)) {
            assertThat(h.adminToken).as("no second first-admin token").isNull();
            for (String id : acknowledged) {
                assertThat(h.get("/api/patients/" + id, token).status()).as(id).isEqualTo(200);
            }
            assertThat(h.get("/api/audit/verify", token).json().path("intact").asBoolean()).isTrue();
        }
    }
}
