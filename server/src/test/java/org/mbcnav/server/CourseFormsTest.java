package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.store.TestDatabases;

/**
 * The course page's regimen forms over HTTP (start a regimen, stop it, change a dose): each stores
 * its event through the same service as the REST API (read back from the REST timeline), a refused
 * form comes back with the problem next to its field and stores nothing, a post without the
 * form's CSRF value is refused, and the audit log shows what the REST API would have written.
 */
class CourseFormsTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static final String ID = "web-course-forms";
    private static final String COURSE = "/app/patients/" + ID + "/course";

    @ParameterizedTest
    @MethodSource("kinds")
    void theRegimenFormsRecordThroughTheCourseService(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String doc = h.token("clinician", null);
            CourseApiTest.createPatient(h, doc, ID);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            WebClient web = new WebClient(h.base);
            assertThat(web.signIn(doc).status()).isEqualTo(302);
            WebClient.Page page = web.get(COURSE);
            assertThat(page.status()).isEqualTo(200);
            for (String form : List.of("start-form", "stop-form", "dose-form")) {
                assertThat(page.body()).contains("id=\"" + form + "\"");
            }
            assertThat(page.body()).contains("<option value=\"palbociclib\"").contains("<option value=\"toxicity\"");
            String csrf = page.csrf();

            // An unknown drug is refused next to the drug list; nothing is stored.
            WebClient.Page refused = post(web, "start-treatment", csrf, "start-date", today.minusDays(100).toString(),
                    "start-drugs", "letrozole", "start-drugs", "notadrug");
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(errorOf(refused.body(), "start-drugs")).contains("unknown drug 'notadrug'");
            assertThat(refused.body()).contains("id=\"start-drugs\" name=\"start-drugs\" aria-describedby=\"start-drugs-hint start-drugs-error\" aria-invalid=\"true\"");
            assertThat(refused.body()).contains("<option value=\"letrozole\" selected=\"selected\"");
            assertThat(events(h, doc)).isEmpty();

            WebClient.Page started = post(web, "start-treatment", csrf, "start-date", today.minusDays(100).toString(),
                    "start-drugs", "letrozole", "start-drugs", "palbociclib", "start-note", "first line");
            assertThat(started.status()).as(started.body()).isEqualTo(303);
            assertThat(started.location()).isEqualTo(COURSE + "?recorded=0#event-0");
            JsonNode start = events(h, doc).get(0);
            assertThat(start.path("type").asText()).isEqualTo("start-treatment");
            assertThat(start.path("date").asText()).isEqualTo(today.minusDays(100).toString());
            assertThat(start.path("event").path("drugs").toString()).isEqualTo("[\"letrozole\",\"palbociclib\"]");
            assertThat(start.path("event").path("note").asText()).isEqualTo("first line");
            assertThat(web.get(COURSE).body()).contains("Line 1 since " + today.minusDays(100) + ": letrozole + palbociclib.");

            // A dose that is not one of the label's dose levels is refused next to the dose.
            WebClient.Page badDose = post(web, "dose-change", csrf, "dose-date", today.minusDays(60).toString(),
                    "dose-drug", "palbociclib", "dose-dose", "90 mg daily");
            assertThat(badDose.status()).as(badDose.body()).isEqualTo(422);
            assertThat(errorOf(badDose.body(), "dose-dose")).contains("'90 mg daily' is not a dose level of palbociclib");
            assertThat(badDose.body()).contains("value=\"90 mg daily\"");
            assertThat(events(h, doc)).hasSize(1);

            // The level is one of palbociclib's in knowledge/course/dose-modifications.yaml.
            WebClient.Page dosed = post(web, "dose-change", csrf, "dose-date", today.minusDays(60).toString(),
                    "dose-drug", "palbociclib", "dose-dose", "100 mg daily", "dose-note", "grade 3 neutropenia");
            assertThat(dosed.status()).as(dosed.body()).isEqualTo(303);
            JsonNode dose = events(h, doc).get(1);
            assertThat(dose.path("type").asText()).isEqualTo("dose-change");
            assertThat(dose.path("event").path("drug").asText()).isEqualTo("palbociclib");
            assertThat(dose.path("event").path("dose").asText()).isEqualTo("100 mg daily");
            assertThat(web.get(COURSE).body()).contains("palbociclib: 100 mg daily");

            // A stop without a reason is refused next to the reason.
            WebClient.Page noReason = post(web, "stop-treatment", csrf, "stop-date", today.minusDays(20).toString());
            assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
            assertThat(errorOf(noReason.body(), "stop-reason")).contains("'reason' is missing");
            assertThat(events(h, doc)).hasSize(2);

            // Without the form's CSRF value nothing is recorded.
            WebClient.Page forged = post(web, "stop-treatment", "not-the-token", "stop-date", today.minusDays(20).toString(),
                    "stop-reason", "toxicity");
            assertThat(forged.status()).isEqualTo(403);
            WebClient.Page noCsrf = web.postForm(COURSE + "/stop-treatment",
                    java.util.Map.of("stop-date", today.minusDays(20).toString(), "stop-reason", "toxicity"));
            assertThat(noCsrf.status()).isEqualTo(403);
            assertThat(events(h, doc)).hasSize(2);

            WebClient.Page stopped = post(web, "stop-treatment", csrf, "stop-date", today.minusDays(20).toString(),
                    "stop-reason", "toxicity");
            assertThat(stopped.status()).as(stopped.body()).isEqualTo(303);
            JsonNode stop = events(h, doc).get(2);
            assertThat(stop.path("type").asText()).isEqualTo("stop-treatment");
            assertThat(stop.path("event").path("reason").asText()).isEqualTo("toxicity");
            // A stop re-plans as through the REST API: the plan change is on the timeline and in the plan history.
            JsonNode timeline = h.get("/api/patients/" + ID + "/course/timeline", doc).json();
            List<JsonNode> replans = new ArrayList<>();
            timeline.path("entries").forEach(e -> {
                if (e.path("eventSeq").asInt() == 2 && !e.path("planChange").isMissingNode() && !e.path("planChange").isNull()) {
                    replans.add(e);
                }
            });
            assertThat(replans).as(timeline.toString()).hasSize(1);
            assertThat(replans.get(0).path("planChange").path("planIds")).hasSize(1);
            assertThat(web.get(COURSE).body()).contains("No regimen is running.");

            // The same audit events as the REST API: each stored and each refused event, each stored re-plan.
            int storedPlans = 0;
            for (JsonNode e : timeline.path("entries")) {
                storedPlans += e.path("planChange").path("planIds").size();
            }
            JsonNode audit = h.get("/api/audit?patientId=" + ID + "&limit=1000", h.adminToken).json().path("items");
            List<String> actions = new ArrayList<>();
            audit.forEach(a -> actions.add(a.path("event").path("action").asText() + "/" + a.path("event").path("outcome").asText()));
            assertThat(actions.stream().filter(a -> a.equals("course.event.create/ok")).count()).isEqualTo(3);
            assertThat(actions.stream().filter(a -> a.equals("course.event.create/invalid")).count()).isEqualTo(3);
            assertThat(actions.stream().filter(a -> a.equals("course.replan/ok")).count()).isEqualTo(storedPlans);
        }
    }

    /** Posts a course form with its CSRF value; pairs are name, value, name, value (a name may repeat). */
    private static WebClient.Page post(WebClient web, String type, String csrf, String... pairs) {
        List<String> parts = new ArrayList<>(List.of("csrf=" + enc(csrf)));
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(enc(pairs[i]) + "=" + enc(pairs[i + 1]));
        }
        return web.send(HttpRequest.newBuilder(URI.create(web.base + COURSE + "/" + type))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(parts.stream().collect(Collectors.joining("&")))));
    }

    /** The error text shown next to an input (its aria-describedby error paragraph). */
    private static String errorOf(String html, String input) {
        int at = html.indexOf("id=\"" + input + "-error\"");
        assertThat(at).as("no error next to " + input + " in " + html).isPositive();
        return html.substring(at, html.indexOf("</p>", at)).replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** The stored events, read back through the REST timeline. */
    private static JsonNode events(Harness h, String token) {
        Harness.Response r = h.get("/api/patients/" + ID + "/course/timeline", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("events");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
