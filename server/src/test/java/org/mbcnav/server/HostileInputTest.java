package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mbcnav.store.TestDatabases;

/**
 * Hostile request bodies against a real server on loopback over H2 (body limit 256 KiB): oversized
 * and chunked bodies, deep nesting, YAML alias bombs, compressed bodies (gzip bombs), path
 * traversal in ids and upload file names. Each is refused with a 4xx problem document, and
 * nothing is stored: no patient, no successful write in the audit log.
 */
class HostileInputTest {
    static final int LIMIT = 256 * 1024;
    static Harness h;
    static String doc;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        h = new Harness(TestDatabases.freshH2().url());
        doc = h.token("clinician", null);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                             String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(h.base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + doc).method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("Exception", "at org.", "at io.");
    }

    /** No patient was stored and the audit log holds no successful write of one. */
    private static void nothingStored() {
        assertThat(h.get("/api/patients?limit=500", doc).json().path("items")).isEmpty();
        JsonNode audit = h.get("/api/audit?limit=1000", h.adminToken).json().path("items");
        for (JsonNode r : audit) {
            String action = r.path("event").path("action").asText();
            if (List.of("patient.create", "patient.update", "web.patient.create", "web.patient.update", "web.fhir.upload")
                    .contains(action)) {
                assertThat(r.path("event").path("outcome").asText()).as(r.toString()).isNotEqualTo("ok");
            }
        }
        assertThat(h.get("/api/audit/verify", h.adminToken).json().path("intact").asBoolean()).isTrue();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void oversizedBodiesAreRefusedWith413BeforeAnythingIsRead() throws Exception {
        String big = "{\"id\":\"" + "x".repeat(LIMIT + 10) + "\"}";
        assertProblem(send("POST", "/api/patients", "application/json", HttpRequest.BodyPublishers.ofString(big)), 413);
        assertProblem(send("PUT", "/api/patients/x", "application/yaml", HttpRequest.BodyPublishers.ofString(big)), 413);
        assertProblem(send("POST", "/api/tokens", "application/json", HttpRequest.BodyPublishers.ofString(big)), 413);
        assertProblem(send("POST", "/cds-services/mbcnav-patient-view", "application/json",
                HttpRequest.BodyPublishers.ofString(big)), 413);
        assertProblem(send("POST", "/app/login", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("token=" + "x".repeat(LIMIT + 10))), 413);
        assertProblem(send("POST", "/app/upload", "multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"b.json\"\r\n\r\n"
                        + "x".repeat(LIMIT + 10) + "\r\n--b--\r\n")), 413);
        // A 50 MB string: refused from its declared length, the server does not read 50 MB.
        byte[] fifty = ("{\"id\":\"" + "x".repeat(50 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> huge = send("POST", "/api/patients", "application/json", HttpRequest.BodyPublishers.ofByteArray(fifty));
        assertProblem(huge, 413);
        assertThat(huge.body()).contains("limit of " + LIMIT + " bytes");
        nothingStored();
    }

    @Test
    void hugeQueryStringsAndHeadersAreRefused() throws Exception {
        String q = "x".repeat(100 * 1024);
        HttpResponse<String> longQuery = send("GET", "/api/patients?q=" + q, null, HttpRequest.BodyPublishers.noBody());
        assertThat(longQuery.statusCode()).isIn(414, 431);
        HttpResponse<String> longHeader = send("GET", "/api/patients", null, HttpRequest.BodyPublishers.noBody(), "X-Filler", q);
        assertThat(longHeader.statusCode()).isEqualTo(431);
        HttpResponse<String> webQuery = send("GET", "/app/patients?q=" + q, null, HttpRequest.BodyPublishers.noBody());
        assertThat(webQuery.statusCode()).isIn(414, 431);
        nothingStored();
    }

    @Test
    void overlongIdsAreRefusedOrNotFoundNeverAServerError() throws Exception {
        String longId = "a".repeat(300);
        String patient = h.token("patient", "p-1");
        for (String[] c : List.of(new String[] {"/api/patients/" + longId, doc}, new String[] {"/api/patients/" + longId, patient},
                new String[] {"/api/patients/" + longId + "/versions", doc}, new String[] {"/api/plans/" + longId, doc},
                new String[] {"/api/patients/" + longId + "/plans", patient})) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(h.base + c[0]))
                    .header("Authorization", "Bearer " + c[1]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(c[0] + " " + r.body()).isIn(400, 403, 404);
        }
        // A FHIR bundle whose Patient.id is longer than any id may be (FHIR allows 64 characters).
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"" + longId + "\",\"gender\":\"female\"}}]}";
        HttpResponse<String> fhir = send("POST", "/api/patients", "application/fhir+json", HttpRequest.BodyPublishers.ofString(bundle));
        assertThat(fhir.statusCode()).as(fhir.body()).isIn(400, 422);
        // Long filter values are only compared, never stored: an empty answer, not an error.
        String filter = "f".repeat(1000);
        assertThat(h.get("/api/patients?q=" + filter, doc).status()).isEqualTo(200);
        for (String p : List.of("actor", "action", "patientId")) {
            Harness.Response audit = h.get("/api/audit?" + p + "=" + filter, h.adminToken);
            assertThat(audit.status()).as(p + " " + audit.body()).isIn(200, 400);
        }
        WebClient web = new WebClient(h.base);
        web.signIn(doc);
        assertThat(web.get("/app/patients/" + longId).status()).isIn(400, 404);
        assertThat(web.get("/app/patients?q=" + filter).status()).isEqualTo(200);
        assertThat(multipart(web, web.sessionCsrf(), "b.json", bundle.getBytes(StandardCharsets.UTF_8)).status()).isIn(400, 422);
        nothingStored();
    }

    @Test
    void oddParametersAreClientErrorsNeverServerErrors() throws Exception {
        // A server of its own: this test stores a patient, the others check that nothing is stored.
        try (Harness own = new Harness(TestDatabases.freshH2().url())) {
            oddParameters(own);
        }
    }

    private static void oddParameters(Harness h) throws Exception {
        String doc = h.token("clinician", null);
        assertThat(h.createExample(doc, "hr-positive-pik3ca-after-cdk46").status()).isEqualTo(201);
        String id = "hr-positive-pik3ca-after-cdk46";
        List<String> paths = List.of("/api/patients/" + id + "/versions/abc", "/api/patients/" + id + "/versions/-1",
                "/api/patients/" + id + "/versions/99999999999999999999", "/api/plans/x/diff/y",
                "/api/patients?limit=abc", "/api/patients?limit=-5", "/api/patients?offset=99999999999999",
                "/api/knowledge/entries?kind=%3Cscript%3E", "/api/knowledge/entries/regimen/%3Cscript%3E",
                "/api/audit?from=yesterday", "/api/audit?to=2026-13-45", "/api/audit?afterSeq=-1&limit=100000",
                "/app/patients/" + id + "/report?audience=%3Cscript%3E", "/app/patients/" + id + "/report?format=exe",
                "/app/patients/" + id + "/report?audience=patient&format=%00");
        WebClient web = new WebClient(h.base);
        web.signIn(h.adminToken);
        for (String p : paths) {
            int status = p.startsWith("/app") ? web.get(p).status()
                    : HTTP.send(HttpRequest.newBuilder(URI.create(h.base + p)).header("Authorization", "Bearer " + h.adminToken)
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(status).as(p).isBetween(400, 499);
        }
    }

    @Test
    void chunkedBodiesOverTheLimitAreRefused() throws Exception {
        // No Content-Length: the body arrives in chunks, of unknown size; it is refused before it is read.
        byte[] big = ("{\"id\":\"" + "x".repeat(4 * LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send("POST", "/api/patients", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertProblem(r, 411);
        assertThat(r.body()).contains("Content-Length");
        nothingStored();
    }

    @Test
    void jsonNested10000DeepIsRefused() throws Exception {
        String deep = "{\"id\":\"deep\",\"person\":{\"sex\":\"female\"},\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        HttpResponse<String> r = send("POST", "/api/patients", "application/json", HttpRequest.BodyPublishers.ofString(deep));
        assertThat(r.statusCode()).as(r.body()).isIn(400, 422);
        assertProblem(r, r.statusCode());
        assertThat(r.body()).contains("nesting");
        String deepYaml = "id: deep\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        HttpResponse<String> y = send("POST", "/api/patients", "application/yaml", HttpRequest.BodyPublishers.ofString(deepYaml));
        assertThat(y.statusCode()).as(y.body()).isIn(400, 422);
        assertProblem(y, y.statusCode());
        String deepObject = "{\"role\":\"admin\",\"label\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}";
        assertProblem(send("POST", "/api/tokens", "application/json", HttpRequest.BodyPublishers.ofString(deepObject)), 403);
        HttpResponse<String> asAdmin = HTTP.send(HttpRequest.newBuilder(URI.create(h.base + "/api/tokens"))
                .header("Authorization", "Bearer " + h.adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(deepObject)).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(asAdmin, 400);
        assertThat(h.get("/api/tokens", h.adminToken).json().path("items").size()).isEqualTo(2);
        String deepPlan = "{\"asOf\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertProblem(send("POST", "/api/patients/p/plans", "application/json", HttpRequest.BodyPublishers.ofString(deepPlan)), 400);
        nothingStored();
    }

    @Test
    void yamlAliasBombsAreRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("id: lol\nperson: {sex: female}\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                laughs.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            laughs.append("]\n");
        }
        HttpResponse<String> r = send("POST", "/api/patients", "application/yaml", HttpRequest.BodyPublishers.ofString(laughs.toString()));
        assertProblem(r, 422);
        // Aliases are refused where they appear, never expanded: the answer names each, and stays small.
        assertThat(r.body()).contains("YAML aliases (*l0) are not supported", "\"pointer\":\"/l1/0\"");
        assertThat(r.body().length()).isLessThan(20_000);
        // A merge-key bomb: each level merges the one before twice.
        StringBuilder merge = new StringBuilder("id: lol\nperson: {sex: female}\na0: &a0 {x: 1}\n");
        for (int i = 1; i <= 40; i++) {
            merge.append("a").append(i).append(": &a").append(i).append(" {<<: [*a").append(i - 1).append(", *a").append(i - 1)
                    .append("], k").append(i).append(": v}\n");
        }
        HttpResponse<String> m = send("POST", "/api/patients", "application/yaml", HttpRequest.BodyPublishers.ofString(merge.toString()));
        assertProblem(m, 422);
        assertThat(m.body()).contains("YAML aliases (*a0) are not supported");
        assertThat(m.body().length()).isLessThan(40_000);
        nothingStored();
    }

    @Test
    void compressedBodiesAreRefusedSoNoZipBombIsInflated() throws Exception {
        // 20 MB of zeros packs into about 20 KB; the server must not inflate it.
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(LIMIT);
        for (String path : List.of("/api/patients", "/cds-services/mbcnav-patient-view", "/api/tokens")) {
            HttpResponse<String> r = send("POST", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(bomb),
                    "Content-Encoding", "gzip");
            assertProblem(r, 415);
            assertThat(r.body()).contains("uncompressed");
        }
        HttpResponse<String> deflate = send("POST", "/api/patients", "application/yaml",
                HttpRequest.BodyPublishers.ofString("id: x"), "Content-Encoding", "deflate, gzip");
        assertProblem(deflate, 415);
        // The web app's only upload takes a FHIR bundle as JSON text: a gzip file is not JSON and is refused.
        WebClient web = new WebClient(h.base);
        assertThat(web.signIn(doc).status()).isEqualTo(302);
        String csrf = web.sessionCsrf();
        WebClient.Page upload = multipart(web, csrf, "bundle.json.gz", bomb);
        assertThat(upload.status()).isEqualTo(422);
        String deepBundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        WebClient.Page deep = multipart(web, csrf, "deep.json", deepBundle.getBytes(StandardCharsets.UTF_8));
        assertThat(deep.status()).isEqualTo(422);
        assertThat(deep.body()).contains("nesting");
        WebClient.Page encoded = web.send(HttpRequest.newBuilder(URI.create(h.base + "/app/upload"))
                .header("Content-Type", "multipart/form-data; boundary=b").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(multipartBody(csrf, "b.json", new byte[1024 * 1024])))));
        assertThat(encoded.status()).isEqualTo(415);
        nothingStored();
    }

    @Test
    void pathTraversalInIdsAndFileNamesReachesNoFile() throws Exception {
        for (String path : List.of("/api/patients/..%2F..%2Fetc%2Fpasswd", "/api/patients/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/api/knowledge/entries/regimen/..%2F..%2F..%2Fpom.xml", "/api/plans/..%2F..%2Fpom.xml")) {
            HttpResponse<String> r = send("GET", path, null, HttpRequest.BodyPublishers.noBody());
            assertThat(r.statusCode()).as(path + " " + r.body()).isIn(400, 404);
            assertThat(r.body()).doesNotContain("root:", "<project");
        }
        // An id that is a path is not a valid patient id: 422 naming /id.
        HttpResponse<String> bad = send("POST", "/api/patients", "application/yaml",
                HttpRequest.BodyPublishers.ofString(Harness.example("hr-positive-pik3ca-after-cdk46")
                        .replaceFirst("(?m)^id: .*$", "id: \"../../../tmp/evil\"")));
        assertProblem(bad, 422);
        assertThat(bad.body()).contains("/id");
        // The upload's file name is never used: a traversal name stores nothing on disk.
        java.nio.file.Path target = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "mbcnav-traversal-probe.json");
        java.nio.file.Files.deleteIfExists(target);
        WebClient web = new WebClient(h.base);
        web.signIn(doc);
        WebClient.Page page = multipart(web, web.sessionCsrf(), "../../../../../../" + target.toString().substring(1),
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(422);
        assertThat(java.nio.file.Files.exists(target)).isFalse();
        nothingStored();
    }

    static byte[] multipartBody(String csrf, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static WebClient.Page multipart(WebClient web, String csrf, String fileName, byte[] content) throws IOException {
        return web.send(HttpRequest.newBuilder(URI.create(h.base + "/app/upload"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(csrf, fileName, content))));
    }
}
