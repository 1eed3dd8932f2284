package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.store.TestDatabases;

/** The REST API end to end over HTTP, on H2 and on PostgreSQL. */
class RestApiTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static final String PIK3CA = "hr-positive-pik3ca-after-cdk46";

    @ParameterizedTest
    @MethodSource("kinds")
    void patientsArePlannedVersionedDiffedAndDeleted(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            assertThat(h.adminToken).startsWith("mbcnav_");
            String doc = h.token("clinician", null);
            Harness.Response created = h.createExample(doc, PIK3CA);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().path("version").asInt()).isEqualTo(1);
            assertThat(h.createExample(doc, PIK3CA).status()).isEqualTo(409);

            Harness.Response plan1 = h.postJson("/api/patients/" + PIK3CA + "/plans", doc, "{\"asOf\":\"2026-03-01\"}");
            assertThat(plan1.status()).as(plan1.body()).isEqualTo(201);
            JsonNode p1 = plan1.json();
            assertThat(p1.path("knowledgeVersion").asText()).isNotBlank();
            assertThat(p1.path("patientVersion").asInt()).isEqualTo(1);
            assertThat(p1.path("plan").path("options").size()).isPositive();
            assertThat(p1.path("plan").path("disclaimer").asText()).isNotBlank();

            // A new version: the patient's diabetes is no longer recorded and a germline BRCA2 variant is found.
            String v2 = Harness.example(PIK3CA)
                    .replace("  - {gene: BRCA2, result: not-detected, origin: germline, specimen: blood, date: 2023-10-20}",
                            "  - {gene: BRCA2, type: mutation, result: pathogenic, origin: germline, specimen: blood, date: 2023-10-20}");
            assertThat(v2).isNotEqualTo(Harness.example(PIK3CA));
            Harness.Response updated = h.send("PUT", "/api/patients/" + PIK3CA, doc, "application/yaml", v2);
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            assertThat(updated.json().path("version").asInt()).isEqualTo(2);
            // Writing the same document again is still a change of record: every write is a version.
            assertThat(h.send("PUT", "/api/patients/" + PIK3CA, doc, "application/yaml", v2).status()).isEqualTo(200);
            assertThat(h.send("PUT", "/api/patients/" + PIK3CA, doc, "application/yaml", v2).status()).isEqualTo(200);
            assertThat(h.get("/api/patients/" + PIK3CA + "/versions", doc).json().path("items").size()).isEqualTo(4);
            assertThat(h.get("/api/patients/" + PIK3CA + "/versions/1", doc).json().path("patient").path("genomics")
                    .toString()).doesNotContain("pathogenic\",\"origin\":\"germline");

            JsonNode p2 = h.postJson("/api/patients/" + PIK3CA + "/plans", doc, "{\"asOf\":\"2026-03-01\"}").json();
            assertThat(p2.path("patientVersion").asInt()).isEqualTo(4);
            JsonNode history = h.get("/api/patients/" + PIK3CA + "/plans", doc).json().path("items");
            assertThat(history.size()).isEqualTo(2);
            JsonNode diff = h.get("/api/plans/" + p1.path("id").asText() + "/diff/" + p2.path("id").asText(), doc).json();
            assertThat(diff.path("inputs").path("changed").toString()).contains("patient record changed (version 1 -> 4)");
            assertThat(diff.path("identical").asBoolean()).isFalse();
            assertThat(diff.path("optionsAdded").toString() + diff.path("exclusionsChanged"))
                    .containsIgnoringCase("olaparib");
            JsonNode same = h.get("/api/plans/" + p1.path("id").asText() + "/diff/" + p1.path("id").asText(), doc).json();
            assertThat(same.path("identical").asBoolean()).isTrue();

            // Stored plans are immutable: re-reading plan 1 gives the same document.
            assertThat(h.get("/api/plans/" + p1.path("id").asText(), doc).json().path("plan")).isEqualTo(p1.path("plan"));

            assertThat(h.get("/api/patients?q=PIK3CA", doc).json().path("items").size()).isEqualTo(1);
            assertThat(h.get("/api/patients?q=no-such-text", doc).json().path("items").size()).isZero();
            assertThat(h.send("DELETE", "/api/patients/" + PIK3CA, doc, null, null).status()).isEqualTo(204);
            assertThat(h.get("/api/patients/" + PIK3CA, doc).status()).isEqualTo(404);
            assertThat(h.get("/api/plans/" + p1.path("id").asText(), doc).status()).isEqualTo(404);
            assertThat(h.get("/api/patients", doc).json().path("items").size()).isZero();

            JsonNode audit = h.get("/api/audit?patientId=" + PIK3CA + "&limit=1000", h.adminToken).json().path("items");
            assertThat(audit.findValuesAsText("action")).contains("patient.create", "patient.update", "plan.create",
                    "plan.diff", "patient.delete", "patient.read");
            JsonNode verify = h.get("/api/audit/verify", h.adminToken).json();
            assertThat(verify.path("intact").asBoolean()).isTrue();
            Harness.Response export = h.get("/api/audit/export", h.adminToken);
            assertThat(export.contentType()).startsWith("application/x-ndjson");
            assertThat(export.body().lines().count()).isGreaterThan(10);
        }
    }

    /** A FHIR R4 Bundle (mCODE) creates a patient like native input does, and is planned. */
    @ParameterizedTest
    @MethodSource("kinds")
    void aFhirBundleCreatesAPatientThatIsPlanned(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String doc = h.token("clinician", null);
            String bundle = java.nio.file.Files.readString(JwtVerifierTest.sharedFixtures()
                    .resolve("mitre-clinical-trial-matching-app/TrialMatching_Patient01.json"));
            Harness.Response created = h.send("POST", "/api/patients", doc, "application/fhir+json", bundle);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().path("id").asText();
            assertThat(id).isNotBlank();
            Harness.Response plan = h.postJson("/api/patients/" + id + "/plans", doc, "{\"asOf\":\"2026-03-01\"}");
            assertThat(plan.status()).as(plan.body()).isEqualTo(201);
            assertThat(plan.json().path("plan").path("patientSummary").path("subtype").asText())
                    .isEqualTo("hr-positive-her2-negative");
            assertThat(plan.json().path("plan").path("options").size()).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void clientMistakesAreProblemsNamingTheField(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String doc = h.token("clinician", null);
            // A FHIR Bundle is read by the mCODE importer: one with no patient is a client mistake, named.
            Harness.Response fhir = h.postJson("/api/patients", doc, "{\"resourceType\":\"Bundle\",\"type\":\"collection\"}");
            assertThat(fhir.status()).as(fhir.body()).isEqualTo(422);
            assertThat(fhir.contentType()).startsWith("application/problem+json");
            assertThat(fhir.body()).contains("Patient");
            assertThat(h.send("POST", "/api/patients", doc, "text/plain", "id: x").status()).isEqualTo(415);

            Harness.Response bad = h.send("POST", "/api/patients", doc, "application/yaml",
                    "id: p1\nperson:\n  sex: femal\n  birthDate: 1970-02-30\n");
            assertThat(bad.status()).isEqualTo(422);
            JsonNode errors = bad.json().path("errors");
            assertThat(errors.findValuesAsText("pointer")).contains("/person/sex");
            assertThat(errors.get(0).path("line").asInt()).isPositive();

            Harness.Response syntax = h.postJson("/api/patients", doc, "{\"id\": ");
            assertThat(syntax.status()).isBetween(400, 422);
            assertThat(syntax.body()).doesNotContain("at org.", "Exception");

            Harness.Response big = h.postJson("/api/patients", doc, "{\"id\":\"" + "x".repeat(300 * 1024) + "\"}");
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().path("detail").asText()).contains("limit");

            h.createExample(doc, PIK3CA);
            Harness.Response mismatch = h.send("PUT", "/api/patients/other-id", doc, "application/yaml", Harness.example(PIK3CA));
            assertThat(mismatch.status()).isEqualTo(400);
            assertThat(mismatch.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/id");
            Harness.Response badDate = h.postJson("/api/patients/" + PIK3CA + "/plans", doc, "{\"asOf\":\"2026-13-01\"}");
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(badDate.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/asOf");
            assertThat(h.get("/api/patients?limit=0", doc).json().path("errors").get(0).path("pointer").asText())
                    .isEqualTo("limit");
            Harness.Response stale = h.send("PUT", "/api/patients/" + PIK3CA, doc, "application/yaml", Harness.example(PIK3CA));
            assertThat(stale.status()).isEqualTo(200);
            java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(h.base + "/api/patients/" + PIK3CA))
                    .header("Authorization", "Bearer " + doc).header("Content-Type", "application/yaml").header("If-Match", "\"1\"")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Harness.example(PIK3CA))).build();
            assertThat(java.net.http.HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(409);
            assertThat(h.get("/api/no-such-endpoint", doc).status()).isEqualTo(404);
            assertThat(h.get("/api/knowledge/entries?kind=spell", doc).status()).isEqualTo(400);
            JsonNode entry = h.get("/api/knowledge/entries/regimen/hrp-pik3ca-alpelisib-fulvestrant", doc).json();
            assertThat(entry.path("sources").size()).isPositive();
            assertThat(entry.path("sources").get(0).path("url").asText()).startsWith("http");
            assertThat(h.get("/health/ready", null).json().path("database").asText()).isEqualTo(kind);
            String metrics = h.get("/metrics", null).body();
            assertThat(metrics).contains("mbcnav_http_requests_total{method=\"POST\",route=\"/api/patients\",status=\"422\"}")
                    .contains("mbcnav_up 1").doesNotContain(PIK3CA);
        }
    }

    /** Found while fuzzing the API: a missing patient on a real route was reported as "no endpoint". */
    @ParameterizedTest
    @MethodSource("kinds")
    void missingThingsAndInvalidRequestsAreProblemsThatNameThem(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String doc = h.token("clinician", null);
            for (String method : List.of("GET", "DELETE")) {
                Harness.Response r = h.send(method, "/api/patients/nobody-here", doc, null, null);
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().path("detail").asText()).as(method).isEqualTo("no patient 'nobody-here'");
            }
            // Found by HttpApiFuzzTest: Jetty rejects an encoded NUL in the path before any route sees it,
            // and used to answer with its own HTML page.
            Harness.Response ambiguous = h.get("/api/%00patients", doc);
            assertThat(ambiguous.status()).isEqualTo(400);
            assertThat(ambiguous.contentType()).startsWith("application/problem+json");
            assertThat(ambiguous.json().path("status").asInt()).isEqualTo(400);
            assertThat(ambiguous.json().path("detail").asText()).startsWith("the request is not valid HTTP");
            // Found by HttpApiFuzzTest: a control character in a multipart part header made a form post a 500.
            Harness.Response form = h.send("POST", "/app/login", null, "multipart/form-data; boundary=B",
                    "--B\r\nContent-Disposition: form-data; name=\"csrf\"\u0015\r\n\r\nx\r\n--B--\r\n");
            assertThat(form.status()).isEqualTo(400);
            assertThat(form.body()).isEqualTo("The form data could not be read. Reload the page and try again.");
            Harness.Response endpoint = h.get("/api/nothing-here", doc);
            assertThat(endpoint.status()).isEqualTo(404);
            assertThat(endpoint.json().path("detail").asText()).isEqualTo("no endpoint GET /api/nothing-here");
        }
    }
}
