package org.mbcnav.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.cds.CdsRoutes;

/**
 * The soak run behind scripts/soak.sh: starts `mbcnav serve` (the jar) on loopback over the given
 * database, stores a set of example patients, then sends a fixed-rate, open-loop mix of requests
 * (plans, CDS Hooks patient-view and order-select with fresh signed JWTs, patient reads, patient
 * writes) for the given time. Latency is measured from the moment each request was due, so a
 * server that falls behind shows it in the percentiles instead of slowing the generator down.
 * Every few seconds it samples the server's live heap (after a full GC it asks for with jcmd) and
 * its open file descriptors;
 * at the end it prints per-endpoint counts, errors, p50/p99, both series and a flatness verdict.
 * Args: JAR KNOWLEDGE_DIR JDBC_URL WORK_DIR SECONDS RATE_PER_SECOND SAMPLE_SECONDS.
 * Exit status 1 when there were errors or a series was not flat.
 */
public final class SoakDriver {
    private static final String PUBLIC_URL = "http://cds.test";
    private static final String ISSUER = "https://ehr.soak/";
    private static final int PATIENTS = 40;
    private static final int WARMUP_SECONDS = 30;
    private static final String[] EXAMPLES = {"hr-positive-pik3ca-after-cdk46", "hr-positive-de-novo-first-line",
        "her2-positive-first-line", "tnbc-pdl1-positive-first-line", "hr-positive-esr1-ctdna-after-cdk46",
        "tnbc-germline-brca1", "hr-positive-her2-low-after-endocrine", "male-hr-positive"};
    /** The mix, in shares of all requests. */
    private static final Map<String, Integer> MIX = Map.of("plan", 15, "cds patient-view", 20, "cds order-select", 10,
            "patient read", 35, "patient write", 20);

    private record Sample(long second, double heapMib, long fds) {
    }

    private SoakDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path knowledge = Path.of(args[1]);
        String db = args[2];
        Path work = Path.of(args[3]);
        int seconds = Integer.parseInt(args[4]);
        double rate = Double.parseDouble(args[5]);
        int sampleEvery = Integer.parseInt(args[6]);
        List<String> javaOptions = List.of(System.getenv().getOrDefault("SOAK_JAVA_OPTS", "-Xms512m -Xmx512m").split(" "));

        ECKey key = new ECKeyGenerator(Curve.P_384).keyID("soak-key").generate();
        Path jwks = work.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
        try (ServeProcess server = new ServeProcess(jar, knowledge, db, javaOptions,
                List.of("--public-url", PUBLIC_URL, "--trust-issuer", ISSUER + "=file:" + jwks), work)) {
            String base = "http://127.0.0.1:" + server.port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Requests requests = new Requests(base, server.adminToken, key);
            for (int i = 0; i < PATIENTS; i++) {
                HttpResponse<String> r = http.send(requests.create(i), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("storing patient " + i + " failed: " + r.statusCode() + " " + r.body());
                }
            }
            System.err.printf(Locale.ROOT, "server pid %d on port %d; %d patients stored; %d s at %.0f requests/s%n",
                    server.process.pid(), server.port, PATIENTS, seconds, rate);

            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> errorExamples = new ConcurrentLinkedQueue<>();
            List<Sample> samples = new ArrayList<>();
            List<String> ops = new ArrayList<>();
            MIX.forEach((op, share) -> {
                for (int i = 0; i < share; i++) {
                    ops.add(op);
                }
            });
            java.util.Collections.sort(ops);
            Random random = new Random(42);
            long periodNanos = (long) (1e9 / rate);
            // Warm-up at the same rate (JIT, caches, pools), not in the figures; errors still count.
            long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
            long start = warmupEnd;
            long end = start + seconds * 1_000_000_000L;
            long nextSample = start;
            AtomicLong warmupErrors = new AtomicLong();
            Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
            AtomicLong inFlight = new AtomicLong();
            for (long i = -(long) (WARMUP_SECONDS * rate); ; i++) {
                long due = start + i * periodNanos;
                if (due >= end) {
                    break;
                }
                if (due >= nextSample) {
                    samples.add(new Sample((due - start) / 1_000_000_000L, server.liveHeapMib(), server.openFiles()));
                    nextSample += sampleEvery * 1_000_000_000L;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String op = ops.get(random.nextInt(ops.size()));
                int patient = random.nextInt(PATIENTS);
                HttpRequest req = requests.of(op, patient);
                inFlight.incrementAndGet();
                http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, thrown) -> {
                    Throwable t = thrown instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                            ? c.getCause() : thrown;
                    long micros = (System.nanoTime() - due) / 1_000;
                    boolean failed = t != null || r.statusCode() / 100 != 2;
                    if (failed) {
                        // What kind of failure: the status, or the exception's class.
                        errorKinds.computeIfAbsent((due < start ? "warm-up " : "") + op + " "
                                + (t != null ? t.getClass().getSimpleName() : Integer.toString(r.statusCode())),
                                k -> new AtomicLong()).incrementAndGet();
                    }
                    if (due < start) {
                        if (failed) {
                            warmupErrors.incrementAndGet();
                            if (errorExamples.size() < 3) {
                                errorExamples.add("warm-up " + op + ": " + t);
                            }
                        }
                        inFlight.decrementAndGet();
                        return;
                    }
                    latencies.computeIfAbsent(op, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(micros);
                    if (failed) {
                        errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
                        if (errorExamples.size() < 10) {
                            String what = t != null ? t.toString() : r.statusCode() + " " + r.body();
                            errorExamples.add(op + ": " + what.substring(0, Math.min(300, what.length())));
                        }
                    }
                    inFlight.decrementAndGet();
                });
            }
            long drainUntil = System.nanoTime() + 15_000_000_000L;
            while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
                Thread.sleep(50);
            }
            samples.add(new Sample(seconds, server.liveHeapMib(), server.openFiles()));
            System.out.println("warm-up: " + WARMUP_SECONDS + " s at the same rate, " + warmupErrors.get() + " errors");
            boolean ok = warmupErrors.get() == 0 & report(latencies, errors, inFlight.get(), samples, seconds, rate);
            new TreeMap<>(errorKinds).forEach((k, n) -> System.out.println("errors: " + k + ": " + n));
            errorExamples.forEach(e -> System.out.println("error: " + e));
            HttpResponse<String> verify = http.send(requests.get("/api/audit/verify"), HttpResponse.BodyHandlers.ofString());
            System.out.println("audit chain after the run: " + verify.body());
            ok &= Json.mapper().readTree(verify.body()).path("intact").asBoolean();
            System.exit(ok ? 0 : 1);
        }
    }

    private static boolean report(Map<String, List<Long>> latencies, Map<String, AtomicLong> errors, long unanswered,
                                  List<Sample> samples, int seconds, double rate) {
        System.out.printf(Locale.ROOT, "%n%-18s %8s %7s %10s %10s %10s%n", "endpoint", "requests", "errors", "p50 ms",
                "p99 ms", "max ms");
        long total = 0;
        long totalErrors = unanswered;
        for (var e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l;
            synchronized (e.getValue()) {
                l = new ArrayList<>(e.getValue());
            }
            java.util.Collections.sort(l);
            long err = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
            total += l.size();
            totalErrors += err;
            System.out.printf(Locale.ROOT, "%-18s %8d %7d %10.2f %10.2f %10.2f%n", e.getKey(), l.size(), err,
                    pct(l, 50) / 1000.0, pct(l, 99) / 1000.0, l.get(l.size() - 1) / 1000.0);
        }
        System.out.printf(Locale.ROOT, "total: %d requests in %d s (target rate %.1f/s), %d errors, %d unanswered%n",
                total, seconds, rate, totalErrors, unanswered);

        System.out.println("\nsecond  heap-after-full-GC-MiB  open-fds");
        samples.forEach(s -> System.out.printf(Locale.ROOT, "%6d  %17.1f  %8d%n", s.second(), s.heapMib(), s.fds()));
        List<Sample> measured = samples.stream().filter(s -> s.heapMib() >= 0).toList();
        int q = Math.max(1, measured.size() / 4);
        List<Sample> first = measured.subList(0, q);
        List<Sample> last = measured.subList(measured.size() - q, measured.size());
        double heapFirst = median(first.stream().mapToDouble(Sample::heapMib).toArray());
        double heapLast = median(last.stream().mapToDouble(Sample::heapMib).toArray());
        long fdFirst = first.stream().mapToLong(Sample::fds).max().orElse(0);
        long fdLast = last.stream().mapToLong(Sample::fds).max().orElse(0);
        // Flat: the last quarter's median live heap within 10 % + 16 MiB of the first quarter's
        // (caches filling up move it by a few MiB), and at most 5 more descriptors.
        boolean heapFlat = heapLast <= heapFirst * 1.10 + 16;
        boolean fdFlat = fdLast <= fdFirst + 5;
        System.out.printf(Locale.ROOT, "heap after GC, median of first vs last quarter: %.1f -> %.1f MiB: %s%n",
                heapFirst, heapLast, heapFlat ? "FLAT" : "GROWING");
        System.out.printf(Locale.ROOT, "open file descriptors, max of first vs last quarter: %d -> %d: %s%n",
                fdFirst, fdLast, fdFlat ? "FLAT" : "GROWING");
        return totalErrors == 0 && heapFlat && fdFlat && measured.size() >= 4;
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double median(double[] v) {
        java.util.Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The requests of the mix, each ready to send. */
    private static final class Requests {
        private final String base;
        private final String token;
        private final ECKey key;
        private final String[] yaml = new String[PATIENTS];
        private final JsonNode orderSelectContext;

        Requests(String base, String token, ECKey key) throws Exception {
            this.base = base;
            this.token = token;
            this.key = key;
            for (int i = 0; i < PATIENTS; i++) {
                yaml[i] = Harness.example(EXAMPLES[i % EXAMPLES.length]).replaceFirst("(?m)^id: .*$", "id: \"soak-" + i + "\"");
            }
            // The specification's order-select context, ordering ribociclib (RxNorm 1873916) instead.
            String ctx = Json.write(Json.mapper().readTree(Files.readString(JwtVerifierTest.FIXTURES
                    .resolve("order-select-context-r4.json"))).path("context")).replace("\"617993\"", "\"1873916\"");
            this.orderSelectContext = Json.mapper().readTree(ctx);
        }

        HttpRequest create(int i) {
            return api("/api/patients").header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(yaml[i])).build();
        }

        HttpRequest get(String path) {
            return api(path).GET().build();
        }

        HttpRequest of(String op, int i) {
            String id = "soak-" + i;
            return switch (op) {
                case "plan" -> api("/api/patients/" + id + "/plans").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                case "patient read" -> get("/api/patients/" + id);
                case "patient write" -> api("/api/patients/" + id).header("Content-Type", "application/yaml")
                        .PUT(HttpRequest.BodyPublishers.ofString(yaml[i])).build();
                case "cds patient-view" -> cds(CdsRoutes.PATIENT_VIEW, "patient-view", id, null);
                case "cds order-select" -> cds(CdsRoutes.ORDER_SELECT, "order-select", id, orderSelectContext);
                default -> throw new IllegalArgumentException(op);
            };
        }

        private HttpRequest cds(String service, String hook, String patientId, JsonNode orderContext) {
            String path = "/cds-services/" + service;
            ObjectNode body = Json.mapper().createObjectNode();
            body.put("hook", hook);
            body.put("hookInstance", UUID.randomUUID().toString());
            ObjectNode context = orderContext == null ? Json.mapper().createObjectNode() : orderContext.deepCopy();
            context.put("userId", "Practitioner/soak");
            context.put("patientId", patientId);
            body.set("context", context);
            ObjectNode prefetch = body.putObject("prefetch");
            prefetch.set("patient", Json.mapper().createObjectNode().put("resourceType", "Patient").put("id", patientId));
            for (String k : List.of("conditions", "observations", "medications")) {
                prefetch.set(k, Json.mapper().createObjectNode().put("resourceType", "Bundle").put("type", "searchset")
                        .set("entry", Json.mapper().createArrayNode()));
            }
            String jwt = EhrStub.sign(ISSUER, PUBLIC_URL + path, UUID.randomUUID().toString(), key, 300);
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + jwt).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        }

        private HttpRequest.Builder api(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token);
        }
    }
}
