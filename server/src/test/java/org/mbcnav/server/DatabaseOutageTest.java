package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * The database goes away while the server runs (a TCP relay in front of the real PostgreSQL
 * server is cut): reads, writes and readiness answer 503 with Retry-After and a problem document
 * within seconds, never 500 or a hang; when the relay is restored the same server process
 * recovers by itself, with nothing lost and the audit chain intact.
 */
class DatabaseOutageTest {
    private static final long ANSWER_WITHIN_MS = 8_000;

    @Test
    void unreachablePostgresGives503WithRetryAfterThenRecoversWithoutRestart() throws Exception {
        assumeTrue(TestDatabases.postgresAvailable(), "MBCNAV_TEST_POSTGRES=none: no PostgreSQL to cut");
        String url = TestDatabases.freshPostgres().url();
        URI target = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
             EhrStub ehr = new EhrStub();
             Harness h = new Harness(url.replace("//" + target.getHost() + ":" + target.getPort() + "/",
                     "//127.0.0.1:" + proxy.port() + "/"), java.util.List.of(ehr.trusted()), java.time.Duration.ofSeconds(2))) {
            String yaml = Harness.example("hr-positive-pik3ca-after-cdk46").replaceFirst("(?m)^id: .*$", "id: outage-1");
            assertThat(h.send("POST", "/api/patients", h.adminToken, "application/yaml", yaml).status()).isEqualTo(201);
            assertThat(h.get("/health/ready", null).status()).isEqualTo(200);

            // Three outages in a row: each one answered 503, each recovery complete.
            for (int outage = 0; outage < 3; outage++) {
                proxy.cut();
                assertUnavailable(h, "GET", "/api/patients/outage-1", null);
                assertUnavailable(h, "PUT", "/api/patients/outage-1", yaml);
                assertUnavailable(h, "POST", "/api/patients", yaml.replace("id: outage-1", "id: outage-2"));
                assertUnavailable(h, "POST", "/api/patients/outage-1/plans", "{\"asOf\":\"2026-06-01\"}");
                // A CDS Hooks call needs the database for its JWT id and the audit: 503 too, not 500.
                long tc = System.nanoTime();
                Harness.Response hook = h.send("POST", CdsHooksTest.PV, ehr.token(CdsHooksTest.PV), "application/json",
                        "{\"hook\":\"patient-view\",\"hookInstance\":\"" + outage + "\",\"context\":{\"patientId\":\"outage-1\"},"
                                + "\"prefetch\":{\"patient\":{},\"conditions\":{},\"observations\":{},\"medications\":{}}}");
                assertThat(hook.status()).as(hook.body()).isEqualTo(503);
                assertThat(hook.header("Retry-After")).isPresent();
                assertThat(elapsedMs(tc)).isLessThan(ANSWER_WITHIN_MS);
                long t0 = System.nanoTime();
                Harness.Response ready = h.get("/health/ready", null);
                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.json().path("status").asText()).isEqualTo("down");
                assertThat(ready.header("Retry-After")).isPresent();
                assertThat(elapsedMs(t0)).isLessThan(ANSWER_WITHIN_MS);
                assertThat(h.get("/health/live", null).status()).as("the process itself is alive").isEqualTo(200);

                proxy.restore();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (h.get("/health/ready", null).status() != 200) {
                    assertThat(System.nanoTime()).as("ready again within 30 s of the database coming back").isLessThan(deadline);
                    Thread.sleep(200);
                }
                Harness.Response read = h.get("/api/patients/outage-1", h.adminToken);
                assertThat(read.status()).as(read.body()).isEqualTo(200);
                assertThat(h.send("PUT", "/api/patients/outage-1", h.adminToken, "application/yaml", yaml).status()).isEqualTo(200);
                assertThat(h.get("/api/patients/outage-1", h.adminToken).header("ETag")).contains("\"" + (outage + 2) + "\"");
            }
            assertThat(h.get("/api/patients/outage-2", h.adminToken).status()).as("the refused create left nothing").isEqualTo(404);
            assertThat(h.get("/api/audit/verify", h.adminToken).json().path("intact").asBoolean()).isTrue();
        }
    }

    private static void assertUnavailable(Harness h, String method, String path, String body) throws Exception {
        long t0 = System.nanoTime();
        Harness.Response r = h.send(method, path, h.adminToken, body == null ? null
                : body.startsWith("{") ? "application/json" : "application/yaml", body);
        long ms = elapsedMs(t0);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).as("Retry-After").hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(Json.mapper().readTree(r.body()).path("type").asText()).endsWith("unavailable");
        assertThat(ms).as(method + " " + path + " answered in ms").isLessThan(ANSWER_WITHIN_MS);
    }

    private static long elapsedMs(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
