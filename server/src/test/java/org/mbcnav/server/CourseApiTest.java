package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseReplayer;
import org.mbcnav.engine.course.TimelineEntry;
import org.mbcnav.io.CourseReader;
import org.mbcnav.io.Mappers;
import org.mbcnav.kb.CourseKnowledgeLoader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.course.Course;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * Course tracking over HTTP, on H2 and on PostgreSQL: the example course recorded event by event
 * through the REST API gives the timeline and plan changes of `mbcnav course replay` (which is
 * the engine's CourseReplayer over the file, as here), re-plans land in the plan history, and
 * invalid events are refused naming the field with nothing stored.
 */
class CourseApiTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    static final Path EXAMPLE = Harness.ROOT.resolve("examples/courses/hr-positive-multi-year.yaml");

    /** The example course file as a tree (patient and events). */
    static JsonNode exampleTree() throws Exception {
        return Mappers.yaml().readTree(Files.readString(EXAMPLE));
    }

    /** Stores the example course's patient under the id given. */
    static void createPatient(Harness h, String token, String id) throws Exception {
        ObjectNode patient = (ObjectNode) exampleTree().get("patient");
        patient.put("id", id);
        Harness.Response r = h.postJson("/api/patients", token, Json.write(patient));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theExampleCourseRecordedThroughTheApiReplaysAsTheCliReplaysIt(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String doc = h.token("clinician", null);
            String id = "course-example-hr-positive";
            createPatient(h, doc, id);
            JsonNode events = exampleTree().get("events");
            int replans = 0;
            for (int i = 0; i < events.size(); i++) {
                Harness.Response r = h.send("POST", "/api/patients/" + id + "/course/events", doc, "application/json",
                        Json.write(events.get(i)), "\"" + i + "\"");
                assertThat(r.status()).as("event " + i + ": " + r.body()).isEqualTo(201);
                assertThat(r.json().path("seq").asInt()).isEqualTo(i);
                assertThat(r.json().path("courseVersion").asInt()).isEqualTo(i + 1);
                replans += r.json().path("replans").size();
            }

            // What `mbcnav course replay` computes: the file read by CourseReader, replayed to its last event.
            Knowledge k = new KnowledgeLoader().load(Harness.ROOT.resolve("knowledge"));
            CourseKnowledge ck = new CourseKnowledgeLoader().load(Harness.ROOT.resolve("knowledge"), k);
            Course file = new CourseReader(k.drugs().keySet()).read(EXAMPLE, LocalDate.MAX);
            LocalDate last = file.events().stream().map(CourseEvent::date).max(LocalDate::compareTo).orElseThrow();
            CourseReplay cli = new CourseReplayer(k, ck).replay(file, last);
            assertThat(cli.problems()).isEmpty();

            Harness.Response t = h.get("/api/patients/" + id + "/course/timeline?asOf=" + last, doc);
            assertThat(t.status()).as(t.body()).isEqualTo(200);
            JsonNode timeline = t.json();
            assertThat(timeline.path("events").size()).isEqualTo(events.size());
            assertThat(timeline.path("problems").size()).isZero();
            JsonNode entries = timeline.path("entries");
            assertThat(entries.size()).isEqualTo(cli.timeline().size());
            List<String> expectedPlanIds = new ArrayList<>();
            int cliReplans = 0;
            for (int i = 0; i < cli.timeline().size(); i++) {
                TimelineEntry e = cli.timeline().get(i);
                JsonNode a = entries.get(i);
                assertThat(a.path("eventSeq").asInt()).as("entry " + i).isEqualTo(e.eventIndex());
                assertThat(a.path("date").asText()).as("entry " + i).isEqualTo(e.date().toString());
                assertThat(a.path("kind").asText()).as("entry " + i).isEqualTo(e.kind());
                assertThat(a.path("headline").asText()).as("entry " + i).isEqualTo(e.headline());
                assertThat(Json.mapper().convertValue(a.path("details"), List.class)).as("entry " + i).isEqualTo(e.details());
                if (e.replan() != null) {
                    cliReplans++;
                    JsonNode change = a.path("planChange");
                    assertThat(change.path("trigger").asText()).isEqualTo(e.replan().trigger());
                    assertThat(change.path("diff")).isEqualTo(Json.mapper().valueToTree(e.replan().diff()));
                    assertThat(change.path("planIds").size()).as("stored re-plan of entry " + i).isEqualTo(1);
                    expectedPlanIds.add(change.path("planIds").get(0).asText());
                } else {
                    assertThat(a.path("planChange").isNull() || a.path("planChange").isMissingNode()).isTrue();
                }
            }
            // Lines the CLI prints for this course (docs/course-tracking.md quick start).
            assertThat(entries.findValuesAsText("headline")).contains("Scan: RECIST PD",
                    "Re-plan: ctDNA newly detected ESR1 Y537S", "Line 3 started: trastuzumab deruxtecan",
                    "Neutrophil count decreased grade 3 (derived from anc)");
            assertThat(cliReplans).isPositive().isEqualTo(replans);

            // Each re-plan is in the patient's plan history, naming the event and why.
            JsonNode history = h.get("/api/patients/" + id + "/plans", doc).json().path("items");
            assertThat(history.findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(expectedPlanIds);
            assertThat(history.findValuesAsText("reason")).anyMatch(r -> r.startsWith("ctDNA newly detected ESR1"));
            JsonNode stored = h.get("/api/plans/" + expectedPlanIds.get(0), doc).json();
            assertThat(stored.path("courseSeq").isInt()).isTrue();
            assertThat(stored.path("plan").path("options").size()).isPositive();
            String diffPath = "/api/plans/" + expectedPlanIds.get(0) + "/diff/" + expectedPlanIds.get(1);
            assertThat(h.get(diffPath, doc).status()).isEqualTo(200);

            Harness.Response s = h.get("/api/patients/" + id + "/course?asOf=" + last, doc);
            assertThat(s.status()).as(s.body()).isEqualTo(200);
            assertThat(s.contentType()).startsWith("application/json");
            JsonNode status = s.json();
            assertThat(status.path("courseVersion").asInt()).isEqualTo(events.size());
            assertThat(status.path("courseStart").asText()).isEqualTo("2024-01-09");
            assertThat(status.path("line").path("number").asInt()).isEqualTo(cli.status().line());
            assertThat(Json.mapper().convertValue(status.path("line").path("drugs"), List.class)).isEqualTo(cli.status().drugs());
            assertThat(status.path("responses").size()).isPositive();
            assertThat(status.path("responses").get(0).path("trace").size()).isPositive();
            assertThat(status.path("bestResponse").path("trace").size()).as("best response explained").isPositive();
            assertThat(status.path("toxicities").findValuesAsText("term")).contains("Pneumonitis");
            assertThat(status.path("toxicities").findValues("proposals").get(0).size()).as("dose proposal").isPositive();
            assertThat(status.path("ctdnaReplans").size()).isEqualTo(1);
            assertThat(status.path("ctdnaReplans").get(0).path("planIds").size()).isEqualTo(1);
            assertThat(status.path("plan").size()).isPositive();
            assertThat(status.path("disclaimer").asText()).isNotBlank();

            Harness.Response ics = h.get("/api/patients/" + id + "/course/monitoring.ics?asOf=" + last, doc);
            assertThat(ics.status()).isEqualTo(200);
            assertThat(ics.contentType()).startsWith("text/calendar");
            assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT").contains("trastuzumab-deruxtecan");

            // A patient reads their own course; writes and the audit log show every access.
            String own = h.token("patient", id);
            assertThat(h.get("/api/patients/" + id + "/course", own).status()).isEqualTo(200);
            JsonNode audit = h.get("/api/audit?patientId=" + id + "&limit=1000", h.adminToken).json().path("items");
            List<String> actions = new ArrayList<>();
            audit.forEach(a -> actions.add(a.path("event").path("action").asText() + "/" + a.path("event").path("outcome").asText()));
            assertThat(actions.stream().filter(a -> a.equals("course.event.create/ok")).count()).isEqualTo(events.size());
            assertThat(actions.stream().filter(a -> a.equals("course.replan/ok")).count()).isEqualTo(replans);
            assertThat(actions).contains("course.timeline/ok", "course.read/ok", "course.ics/ok");
            assertThat(h.get("/api/audit/verify", h.adminToken).json().path("intact").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidEventsAreRefusedNamingTheFieldAndNothingIsStored(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String doc = h.token("clinician", null);
            String id = "course-invalid";
            String course = "/api/patients/" + id + "/course";
            createPatient(h, doc, id);
            String baseline = "{\"type\":\"scan\",\"date\":\"2024-01-22\",\"baseline\":true,\"lesions\":["
                    + "{\"id\":\"L1\",\"organ\":\"liver\",\"target\":true,\"mm\":42},{\"id\":\"B1\",\"organ\":\"bone\"}]}";
            assertThat(h.postJson(course + "/events", doc, baseline).status()).isEqualTo(201);
            assertThat(h.postJson(course + "/treatment-starts", doc, "{\"date\":\"2024-01-29\",\"drugs\":[\"letrozole\","
                    + "\"palbociclib\"]}").status()).isEqualTo(201);
            String tomorrow = LocalDate.now().plusDays(2).toString();

            refused(h, doc, course + "/scans", "{\"date\":\"" + tomorrow + "\",\"lesions\":[{\"id\":\"L1\",\"mm\":30}]}",
                    422, "/date", "after today");
            refused(h, doc, course + "/progression", "{\"date\":\"2023-12-01\",\"basis\":\"clinical\"}", 422, "/date",
                    "before the course starts");
            refused(h, doc, course + "/progression", "{\"date\":\"2024-02-30\",\"basis\":\"clinical\"}", 422, "/date", "");
            refused(h, doc, course + "/adverse-events", "{\"date\":\"2024-02-01\",\"term\":\"diarrhea\",\"grade\":7}", 422,
                    "/grade", "1 to 5");
            refused(h, doc, course + "/treatment-starts", "{\"date\":\"2024-01-29\",\"drugs\":[\"letrozole\",\"aspirinex\"]}",
                    422, "/drugs/1", "unknown drug 'aspirinex'");
            refused(h, doc, course + "/scans", "{\"date\":\"2024-03-01\",\"lesions\":[{\"id\":\"L9\",\"mm\":12}]}", 422,
                    "/lesions", "not in the baseline");
            refused(h, doc, course + "/scans", "{\"date\":\"2024-01-23\",\"baseline\":true,\"lesions\":["
                    + "{\"id\":\"L1\",\"organ\":\"liver\",\"target\":true,\"mm\":42},{\"id\":\"L2\",\"organ\":\"liver\",\"target\":true,\"mm\":30},"
                    + "{\"id\":\"L3\",\"organ\":\"liver\",\"target\":true,\"mm\":20}]}", 422, "/lesions", "");
            refused(h, doc, course + "/ctdna", "{\"date\":\"2024-03-01\",\"findings\":[{\"gene\":\"ESR1\",\"result\":\"pathogenic\","
                    + "\"vaf\":4}]}", 422, "/findings/0/vaf", "between 0 and 1");
            refused(h, doc, course + "/dose-changes", "{\"date\":\"2024-03-01\",\"drug\":\"fulvestrant\",\"dose\":\"500 mg\"}",
                    422, "/drug", "not part of a running regimen");
            refused(h, doc, course + "/dose-changes", "{\"date\":\"2024-03-01\",\"drug\":\"palbociclib\",\"dose\":\"90 mg daily\"}",
                    422, "/dose", "not a dose level of palbociclib");
            refused(h, doc, course + "/scans", "{\"type\":\"ctdna\",\"date\":\"2024-03-01\"}", 400, "/type", "records 'scan'");
            refused(h, doc, course + "/events", "{\"type\":\"holiday\",\"date\":\"2024-03-01\"}", 422, "/type", "not an event type");
            refused(h, doc, course + "/events", "{\"type\":\"scan\", \"date\": ", 422, "", "");
            Harness.Response stale = h.send("POST", course + "/progression", doc, "application/json",
                    "{\"date\":\"2024-06-01\",\"basis\":\"clinical\"}", "\"0\"");
            assertThat(stale.status()).as(stale.body()).isEqualTo(409);
            Harness.Response text = h.send("POST", course + "/progression", doc, "text/plain", "date: 2024-06-01", null);
            assertThat(text.status()).isEqualTo(415);
            assertThat(h.postJson("/api/patients/nobody/course/scans", doc, baseline.replace("\"type\":\"scan\",", "")).status())
                    .isEqualTo(404);
            assertThat(h.get("/api/patients/nobody/course", doc).status()).isEqualTo(404);
            assertThat(h.get(course + "?asOf=" + tomorrow, doc).status()).isEqualTo(400);

            JsonNode timeline = h.get(course + "/timeline", doc).json();
            assertThat(timeline.path("events").size()).as("only the baseline and the start were stored").isEqualTo(2);
            assertThat(timeline.path("courseVersion").asInt()).isEqualTo(2);
            assertThat(h.get("/api/patients/" + id + "/plans", doc).json().path("items").size()).isZero();
            JsonNode audit = h.get("/api/audit?patientId=" + id + "&action=course.event.create&limit=100", h.adminToken)
                    .json().path("items");
            assertThat(audit.findValuesAsText("outcome")).containsOnly("ok", "invalid", "conflict")
                    .filteredOn("invalid"::equals).hasSizeGreaterThanOrEqualTo(12);

            // A YAML body in the course-file format is read too, and a conditional append with the right version works.
            Harness.Response yaml = h.send("POST", course + "/events", doc, "application/yaml",
                    "type: check\ndate: 2024-02-12\nkind: lab\nitems: [palbociclib-cbc]\n", "\"2\"");
            assertThat(yaml.status()).as(yaml.body()).isEqualTo(201);
            assertThat(yaml.json().path("derived").findValuesAsText("headline"))
                    .containsExactly("Monitoring done: palbociclib-cbc");
        }
    }

    private static void refused(Harness h, String token, String path, String body, int status, String pointer,
                                String message) {
        Harness.Response r = h.postJson(path, token, body);
        assertThat(r.status()).as(path + " " + body + " -> " + r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode errors = r.json().path("errors");
        assertThat(errors.findValuesAsText("pointer")).as(r.body()).contains(pointer);
        assertThat(errors.findValuesAsText("message")).as(r.body()).anyMatch(m -> m.contains(message));
    }
}
