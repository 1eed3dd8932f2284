package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * Durability under kill -9: a server process is started on a database, concurrent writers create
 * and update patients and log every write the server acknowledged (2xx, with id, version and the
 * content sent), the process is killed with SIGKILL mid-stream and started again on the same
 * database; every acknowledged write must then be readable as that version with that content,
 * and the audit chain must verify. Repeated -Dmbcnav.crash.iterations times (default 3; the full
 * run, scripts/crash-test.sh, does 50); -Dmbcnav.crash.kinds=postgresql limits the databases.
 */
class RestartTest {
    private static final int WRITERS = 4;
    private static final int FIRST_ACKS = 5;
    private static final String EDIT = "stopReason: completed}";

    /** A write the server acknowledged: this version of this patient holds this note. */
    private record Ack(String id, int version, String note) {
    }

    static List<String> kinds() {
        String only = System.getProperty("mbcnav.crash.kinds", "");
        return TestDatabases.kinds().stream().filter(k -> only.isBlank() || Arrays.asList(only.split(",")).contains(k))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void acknowledgedWritesSurviveKill9(String kind) throws Exception {
        int iterations = Integer.getInteger("mbcnav.crash.iterations", 3);
        String url = TestDatabases.fresh(kind).url();
        String template = Harness.example("hr-positive-pik3ca-after-cdk46");
        assertThat(template).contains(EDIT);
        Random random = new Random(20261128L);
        List<Ack> all = new ArrayList<>();
        String token = null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int round = 0; round <= iterations; round++) {
            Process p = start(url);
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String first = out.readLine();
                assertThat(first).as("server start, round " + round).startsWith("PORT ");
                String base = "http://127.0.0.1:" + first.split(" ")[1];
                if (round == 0) {
                    token = out.readLine().split(" ")[1];
                }
                drain(out);
                // After a kill: everything acknowledged before it is there, and the chain is intact.
                List<Ack> check = round == iterations ? all : lastRound(all, round);
                for (Ack a : check) {
                    verify(http, base, token, a);
                }
                JsonNode audit = get(http, base + "/api/audit/verify", token);
                assertThat(audit.path("intact").asBoolean()).as("audit chain after restart " + round + ": " + audit).isTrue();
                if (round == iterations) {
                    break;
                }
                List<Ack> acked = writeUntilKilled(http, base, token, template, round, p, random.nextInt(1000));
                assertThat(acked).as("writes acknowledged in round " + round).isNotEmpty();
                all.addAll(acked);
                System.out.printf("crash round %d (%s): %d writes acknowledged before kill -9, %d in all%n", round + 1, kind,
                        acked.size(), all.size());
            } finally {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        System.out.printf("crash test (%s): %d kill -9 and restarts, %d acknowledged writes all found with their content,"
                + " audit chain intact%n", kind, iterations, all.size());
    }

    private static Process start(String url) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ServeMain.class.getName(), url,
                Harness.ROOT.resolve("knowledge").toString()).redirectErrorStream(true).start();
    }

    /** Keeps reading the server's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded
                }
            } catch (java.io.IOException e) {
                // The process was killed.
            }
        });
    }

    private static List<Ack> lastRound(List<Ack> all, int round) {
        String prefix = "crash-" + (round - 1) + "-";
        return all.stream().filter(a -> a.note().startsWith(prefix)).toList();
    }

    /**
     * Writers create and update patients; once the first few writes are acknowledged (a cold
     * server on a busy machine can take a while) the server is killed killAfterMs later, while
     * writes are in flight.
     */
    private static List<Ack> writeUntilKilled(HttpClient http, String base, String token, String template, int round,
                                             Process server, int killAfterMs) throws Exception {
        ConcurrentLinkedQueue<Ack> acked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(() -> {
                List<String> mine = new ArrayList<>();
                for (int n = 0; !killed.get(); n++) {
                    // Two updates of an existing patient for each new one.
                    boolean create = mine.isEmpty() || n % 3 == 0;
                    String id = create ? "crash-" + round + "-" + writer + "-" + n : mine.get(n % mine.size());
                    String note = "crash-" + round + "-" + writer + "-" + n;
                    String yaml = template.replaceFirst("(?m)^id: .*$", "id: " + id)
                            .replaceFirst(java.util.regex.Pattern.quote(EDIT), "stopReason: completed, note: \"" + note + "\"}");
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/patients" + (create ? "" : "/" + id)))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/yaml");
                    HttpRequest r = (create ? b.POST(HttpRequest.BodyPublishers.ofString(yaml))
                            : b.PUT(HttpRequest.BodyPublishers.ofString(yaml))).build();
                    try {
                        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() / 100 == 2) {
                            JsonNode body = Json.mapper().readTree(resp.body());
                            acked.add(new Ack(body.path("id").asText(), body.path("version").asInt(), note));
                            if (create) {
                                mine.add(id);
                            }
                        } else if (!killed.get()) {
                            refused.add(resp.statusCode() + " " + resp.body());
                        }
                    } catch (java.io.IOException e) {
                        // The server died under this request: not acknowledged, so nothing to find.
                    } catch (InterruptedException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        long give = System.nanoTime() + 60_000_000_000L;
        while (acked.size() < FIRST_ACKS && System.nanoTime() < give && refused.isEmpty()) {
            Thread.sleep(10);
        }
        Thread.sleep(killAfterMs);
        server.destroyForcibly(); // SIGKILL
        killed.set(true);
        server.waitFor(10, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(refused).as("writes refused while the server was up").isEmpty();
        return new ArrayList<>(acked);
    }

    private static void verify(HttpClient http, String base, String token, Ack a) throws Exception {
        JsonNode v = get(http, base + "/api/patients/" + a.id() + "/versions/" + a.version(), token);
        assertThat(v.path("version").asInt()).as(a.toString()).isEqualTo(a.version());
        assertThat(v.path("patient").path("treatments").path(0).path("note").asText()).as(a.toString()).isEqualTo(a.note());
    }

    private static JsonNode get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
