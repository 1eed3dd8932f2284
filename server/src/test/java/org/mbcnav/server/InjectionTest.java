package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mbcnav.io.Mappers;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * SQL and HTML/script injection in every free-text field and query parameter the service takes:
 * each is either refused with a 4xx or stored verbatim and shown escaped; SQL text never changes
 * what a query finds. HTML is checked as served (no script but htmx, no event handler attribute);
 * InjectionBrowserTest checks the same pages in a real browser's DOM.
 */
class InjectionTest {
    static final String XSS = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
    static final String ESCAPED_XSS = "&lt;script&gt;window.__xss=1&lt;/script&gt;";
    static final List<String> SQL = List.of("' OR '1'='1", "x'); DROP TABLE patients; --", "%' OR 1=1 --",
            "\" OR \"\"=\"", "1; SELECT * FROM api_tokens");
    static final String ID = "hostile-text";

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An example patient with script and SQL text in its free-text fields. */
    static String hostilePatient() throws Exception {
        ObjectNode p = (ObjectNode) Mappers.yaml().readTree(Harness.example("hr-positive-pik3ca-after-cdk46"));
        p.put("id", ID);
        ObjectNode tumor = (ObjectNode) p.get("tumor");
        tumor.put("histology", XSS);
        ((ObjectNode) tumor.get("biopsies").get(1)).put("site", "liver " + XSS + " " + SQL.get(1));
        ((ObjectNode) p.get("genomics").get(0)).put("assay", SQL.get(0) + XSS);
        return Json.write(p);
    }

    @Test
    void freeTextIsStoredVerbatimAndRenderedEscaped() throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.freshH2().url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            String doc = h.token("clinician", null);
            String body = hostilePatient();
            Harness.Response created = h.postJson("/api/patients", doc, body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode stored = h.get("/api/patients/" + ID, doc).json().path("patient");
            assertThat(stored.path("tumor").path("histology").asText()).isEqualTo(XSS);
            assertThat(stored.path("tumor").path("biopsies").get(1).path("site").asText()).contains(XSS, SQL.get(1));

            WebClient web = new WebClient(h.base);
            assertThat(web.signIn(doc).status()).isEqualTo(302);
            WebClient.Page page = web.get("/app/patients/" + ID);
            assertThat(page.status()).isEqualTo(200);
            SafeHtml.assertNoInjectedMarkup(page.body());
            assertThat(page.body()).contains(ESCAPED_XSS);
            for (String report : List.of("/app/patients/" + ID + "/report?audience=clinician&format=html",
                    "/app/patients/" + ID + "/report?audience=patient&format=html", "/app/patients/" + ID + "/history")) {
                WebClient.Page r = web.get(report);
                assertThat(r.status()).as(report).isEqualTo(200);
                SafeHtml.assertNoInjectedMarkup(r.body());
            }
            WebClient.Page ics = web.get("/app/patients/" + ID + "/monitoring.ics");
            assertThat(ics.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");

            // Reflected text: the search box and its htmx fragment.
            WebClient.Page search = web.get("/app/patients?q=" + enc(XSS));
            assertThat(search.status()).isEqualTo(200);
            SafeHtml.assertNoInjectedMarkup(search.body());
            assertThat(search.body()).contains("&lt;script&gt;");
            WebClient.Page rows = web.get("/app/patients/rows?q=" + enc(XSS));
            SafeHtml.assertNoInjectedMarkup(rows.body());

            // The intake form: a script as the id is refused next to the field, shown escaped, and not stored.
            String csrf = web.sessionCsrf();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("csrf", csrf);
            form.put("id", XSS);
            form.put("sex", "female");
            form.put("birthDate", "<script>alert(1)</script>");
            form.put("biopsySite", XSS);
            WebClient.Page refused = web.postForm("/app/patients/new", form);
            assertThat(refused.status()).isEqualTo(422);
            SafeHtml.assertNoInjectedMarkup(refused.body());
            assertThat(refused.body()).contains("&lt;script&gt;");
            // A valid record through the form keeps the script text as data.
            form.put("id", "form-hostile");
            form.put("birthDate", "1960-01-01");
            WebClient.Page accepted = web.postForm("/app/patients/new", form);
            assertThat(accepted.status()).as(accepted.body()).isIn(302, 422);
            if (accepted.status() == 302) {
                assertThat(h.get("/api/patients/form-hostile", doc).json().path("patient").path("tumor").path("biopsies")
                        .get(0).path("site").asText()).isEqualTo(XSS);
                SafeHtml.assertNoInjectedMarkup(web.get("/app/patients/form-hostile").body());
            } else {
                SafeHtml.assertNoInjectedMarkup(accepted.body());
                assertThat(accepted.body()).doesNotContain("name=\"id\" value=\"form-hostile\" aria-invalid");
            }
            assertThat(h.get("/api/patients?limit=500", doc).json().findValuesAsText("id")).doesNotContain(XSS);

            // Token labels and CDS feedback comments are data: stored verbatim, answered as JSON.
            Harness.Response t = h.postJson("/api/tokens", h.adminToken,
                    Json.write(Map.of("role", "clinician", "label", XSS + SQL.get(1))));
            assertThat(t.status()).isEqualTo(201);
            assertThat(h.get("/api/tokens", h.adminToken).json().path("items").findValuesAsText("label")).contains(XSS + SQL.get(1));
            String feedback = Json.write(Map.of("feedback", List.of(Map.of("card", "c-1", "outcome", "overridden",
                    "outcomeTimestamp", "2026-01-01T00:00:00Z",
                    "overrideReason", Map.of("userComment", XSS + SQL.get(1))))));
            String path = "/cds-services/mbcnav-patient-view/feedback";
            Harness.Response fb = h.send("POST", path, ehr.token(path), "application/json", feedback);
            assertThat(fb.status()).as(fb.body()).isEqualTo(200);
            Harness.Response list = h.get("/api/cds-feedback", h.adminToken);
            assertThat(list.contentType()).startsWith("application/json");
            assertThat(list.json().path("items").toString()).contains(Json.write(XSS + SQL.get(1)));
        }
    }

    @Test
    void overlongTextIsRefusedWithA400NotAFailedWrite() throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.freshH2().url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            String path = "/cds-services/mbcnav-patient-view/feedback";
            for (Map<String, Object> f : List.of(
                    Map.<String, Object>of("card", "c".repeat(65), "outcome", "accepted", "outcomeTimestamp", "2026-01-01T00:00:00Z",
                            "acceptedSuggestions", List.of()),
                    Map.<String, Object>of("card", "c-1", "outcome", "overridden", "outcomeTimestamp", "2026-01-01T00:00:00Z",
                            "overrideReason", Map.of("userComment", "x".repeat(2001))),
                    Map.<String, Object>of("card", "c-1", "outcome", "overridden", "outcomeTimestamp", "2026-01-01T00:00:00Z",
                            "overrideReason", Map.of("reason", Map.of("code", "y".repeat(101), "system", "http://x"))))) {
                Harness.Response r = h.send("POST", path, ehr.token(path), "application/json", Json.write(Map.of("feedback", List.of(f))));
                assertThat(r.status()).as(r.body()).isEqualTo(400);
                assertThat(r.json().path("errors").get(0).path("pointer").asText()).startsWith("/feedback/0/");
            }
            assertThat(h.get("/api/cds-feedback", h.adminToken).json().path("items")).isEmpty();
            Harness.Response token = h.postJson("/api/tokens", h.adminToken,
                    Json.write(Map.of("role", "patient", "patientId", "p".repeat(200))));
            assertThat(token.status()).isEqualTo(400);
            assertThat(token.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/patientId");
            assertThat(h.postJson("/api/tokens", h.adminToken, Json.write(Map.of("role", "patient", "patientId", XSS))).status())
                    .isEqualTo(400);
            assertThat(h.get("/api/tokens", h.adminToken).json().path("items").size()).isEqualTo(1);
        }
    }

    @Test
    void sqlTextInQueriesFindsOnlyWhatItSays() throws Exception {
        try (Harness h = new Harness(TestDatabases.freshH2().url())) {
            String doc = h.token("clinician", null);
            assertThat(h.createExample(doc, "hr-positive-pik3ca-after-cdk46").status()).isEqualTo(201);
            assertThat(h.createExample(doc, "her2-positive-first-line").status()).isEqualTo(201);
            assertThat(h.postJson("/api/patients", doc, hostilePatient()).status()).isEqualTo(201);
            for (String sql : SQL) {
                Harness.Response r = h.get("/api/patients?q=" + enc(sql), doc);
                assertThat(r.status()).isEqualTo(200);
                List<String> found = r.json().path("items").findValuesAsText("id");
                // Only the record that holds the text itself may match; '1'='1' must not list everyone.
                assertThat(found).as(sql).isSubsetOf(ID);
                for (String p : List.of("patientId", "actor", "action")) {
                    Harness.Response a = h.get("/api/audit?" + p + "=" + enc(sql), h.adminToken);
                    assertThat(a.status()).as(p + "=" + sql).isIn(200, 400);
                    if (a.status() == 200) {
                        assertThat(a.json().path("items")).as(p + "=" + sql).isEmpty();
                    }
                }
                Harness.Response byId = h.get("/api/patients/" + enc(sql).replace("+", "%20"), doc);
                assertThat(byId.status()).isIn(400, 404);
            }
            assertThat(h.get("/api/patients?q=" + enc(SQL.get(1)), doc).json().findValuesAsText("id")).containsExactly(ID);
            assertThat(h.get("/api/patients?limit=500", doc).json().path("items").size()).isEqualTo(3);
            assertThat(h.get("/api/audit/verify", h.adminToken).json().path("intact").asBoolean()).isTrue();
            WebClient web = new WebClient(h.base);
            web.signIn(doc);
            for (String sql : SQL) {
                WebClient.Page rows = web.get("/app/patients/rows?q=" + enc(sql));
                assertThat(rows.status()).isEqualTo(200);
                assertThat(rows.body()).doesNotContain("her2-positive-first-line");
            }
        }
    }
}
