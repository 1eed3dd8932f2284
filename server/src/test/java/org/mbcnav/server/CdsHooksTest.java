package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * CDS Hooks 2.0 end to end over HTTP: the specification's example requests and feedback, patient-view
 * with prefetch, FHIR server failures within the deadline, and order-sign / order-select warnings
 * derived from the knowledge base. The spec examples' fhirServer is replaced by a loopback stub.
 */
class CdsHooksTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    static final String PV = "/cds-services/mbcnav-patient-view";
    static final String SIGN = "/cds-services/mbcnav-order-sign";
    static final String SELECT = "/cds-services/mbcnav-order-select";
    static final String SPEC_PATIENT = "1288992";

    private static JsonNode fixture(String name) throws Exception {
        return Json.mapper().readTree(Files.readString(JwtVerifierTest.FIXTURES.resolve(name)));
    }

    private static Harness.Response call(Harness h, EhrStub ehr, String path, JsonNode body) {
        return h.send("POST", path, ehr.token(path), "application/json", Json.write(body));
    }

    /** Stores an example patient under the spec's patient id, optionally edited. */
    private static void store(Harness h, String example, String edit, String replacement) {
        String yaml = Harness.example(example).replaceFirst("(?m)^id: .*$", "id: \"" + SPEC_PATIENT + "\"");
        if (edit != null) {
            assertThat(yaml).contains(edit);
            yaml = yaml.replace(edit, replacement);
        }
        Harness.Response r = h.send("PUT", "/api/patients/" + SPEC_PATIENT, h.adminToken, "application/yaml", yaml);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static ObjectNode orderSign(String rxnorm) throws Exception {
        ObjectNode req = (ObjectNode) Json.mapper().createObjectNode();
        req.put("hook", "order-sign");
        req.put("hookInstance", java.util.UUID.randomUUID().toString());
        JsonNode ctx = fixture("order-sign-context-r4.json").path("context");
        String text = Json.write(ctx).replace("\"617993\"", "\"" + rxnorm + "\"");
        req.set("context", Json.mapper().readTree(text));
        return req;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void discoveryPatientViewAndFeedback(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            // Discovery needs the EHR's JWT; the audience is this endpoint.
            assertThat(h.get("/cds-services", null).status()).isEqualTo(401);
            assertThat(h.get("/cds-services", ehr.token(PV)).status()).isEqualTo(401);
            String token = ehr.token("/cds-services");
            JsonNode services = h.get("/cds-services", token).json().path("services");
            assertThat(services.findValuesAsText("hook")).containsExactly("patient-view", "order-select", "order-sign");
            assertThat(services.get(0).path("prefetch").path("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
            assertThat(h.get("/cds-services", token).status()).as("jti replay").isEqualTo(401);
            assertThat(ehr.jwksFetches.get()).as("keys are cached").isEqualTo(1);

            // The spec's patient-view request, for a patient not stored here: one clear info card.
            ObjectNode specRequest = (ObjectNode) fixture("patient-view-request.json");
            specRequest.put("fhirServer", ehr.url("/fhir"));
            JsonNode unknown = call(h, ehr, PV, specRequest).json();
            assertThat(unknown.path("cards")).hasSize(1);
            // The stub EHR has no breast cancer record for this patient, so the EHR data cannot be planned.
            assertThat(unknown.path("cards").get(0).path("summary").asText())
                    .contains("could not use this patient's EHR data");
            assertThat(ehr.fhirCalls.get()).as("missing prefetch is fetched from fhirServer").isEqualTo(4);

            // The same request once the patient is stored here under the same id.
            store(h, "hr-positive-pik3ca-after-cdk46", null, null);
            Harness.Response viewed = call(h, ehr, PV, specRequest);
            assertThat(viewed.status()).isEqualTo(200);
            JsonNode cards = viewed.json().path("cards");
            assertThat(cards.size()).isGreaterThanOrEqualTo(3);
            for (JsonNode c : cards) {
                assertThat(c.path("summary").asText().length()).isLessThan(140);
                assertThat(c.path("indicator").asText()).isIn("info", "warning", "critical");
                assertThat(c.path("source").path("label").asText()).isNotBlank();
                assertThat(c.path("uuid").asText()).isNotBlank();
                assertThat(c.path("links").get(0).path("url").asText()).isEqualTo("https://app.test/patients/" + SPEC_PATIENT);
                c.fields().forEachRemaining(f -> assertThat(f.getValue().isNull() || (f.getValue().isContainerNode()
                        && f.getValue().isEmpty())).as("empty member " + f.getKey()).isFalse());
            }
            assertThat(cards.get(0).path("summary").asText()).startsWith("Option 1:");
            assertThat(cards.get(0).path("source").path("url").asText()).startsWith("http");
            assertThat(cards.findValuesAsText("indicator")).contains("warning");
            JsonNode tests = null;
            for (JsonNode c : cards) {
                if (c.has("suggestions")) {
                    tests = c;
                }
            }
            if (tests != null) {
                assertThat(tests.path("selectionBehavior").asText()).isEqualTo("any");
                assertThat(tests.path("suggestions").get(0).path("actions").get(0).path("resource").path("resourceType")
                        .asText()).isEqualTo("ServiceRequest");
            }

            // With every prefetch key given, the FHIR server is not called.
            int before = ehr.fhirCalls.get();
            ObjectNode withPrefetch = specRequest.deepCopy();
            ObjectNode prefetch = Json.mapper().createObjectNode();
            prefetch.set("patient", specRequest.path("prefetch").path("patientToGreet"));
            for (String key : List.of("conditions", "observations", "medications")) {
                prefetch.set(key, Json.mapper().readTree("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}"));
            }
            withPrefetch.set("prefetch", prefetch);
            assertThat(call(h, ehr, PV, withPrefetch).json().path("cards").size()).isEqualTo(cards.size());
            assertThat(ehr.fhirCalls.get()).isEqualTo(before);

            // Feedback: the spec's three examples, each stored once however often it is sent.
            for (String f : List.of("feedback-accepted.json", "feedback-overridden.json", "feedback-overridden-with-reason.json")) {
                String path = PV + "/feedback";
                assertThat(call(h, ehr, path, fixture(f)).status()).isEqualTo(200);
                assertThat(call(h, ehr, path, fixture(f)).status()).isEqualTo(200);
            }
            JsonNode stored = h.get("/api/cds-feedback", h.adminToken).json().path("items");
            assertThat(stored).hasSize(3);
            assertThat(stored.findValuesAsText("reasonCode")).contains("d7ecf885");
            Harness.Response badFeedback = call(h, ehr, PV + "/feedback",
                    Json.mapper().readTree("{\"feedback\":[{\"card\":\"x\",\"outcome\":\"ignored\",\"outcomeTimestamp\":\"2020-01-01T00:00:00Z\"}]}"));
            assertThat(badFeedback.status()).isEqualTo(400);
            assertThat(badFeedback.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/feedback/0/outcome");

            // Requests that break the spec are 400s naming the field.
            ObjectNode noPatient = specRequest.deepCopy();
            ((ObjectNode) noPatient.path("context")).remove("patientId");
            assertThat(call(h, ehr, PV, noPatient).json().path("errors").get(0).path("pointer").asText())
                    .isEqualTo("/context/patientId");
            assertThat(call(h, ehr, SIGN, specRequest).status()).isEqualTo(400);

            JsonNode audit = h.get("/api/audit?patientId=" + SPEC_PATIENT + "&action=cds.patient-view", h.adminToken).json();
            assertThat(audit.path("items").size()).isEqualTo(2);
            assertThat(audit.path("items").get(0).path("event").path("actor").asText()).isEqualTo("ehr:" + EhrStub.ISSUER);
        }
    }

    /**
     * A patient known only to the EHR: the prefetched mCODE resources (MITRE's stage IV HR+/HER2-
     * test patient, split into the search results an EHR would prefetch) are read by the importer
     * and planned; no FHIR server call is needed.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void patientViewPlansFromTheEhrsOwnFhirData(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            JsonNode bundle = Json.mapper().readTree(Files.readString(JwtVerifierTest.sharedFixtures()
                    .resolve("mitre-clinical-trial-matching-app/TrialMatching_Patient01.json")));
            ObjectNode prefetch = Json.mapper().createObjectNode();
            java.util.Map<String, String> keys = java.util.Map.of("Condition", "conditions", "Observation", "observations",
                    "MedicationStatement", "medications", "MedicationRequest", "medications");
            String patientId = null;
            for (JsonNode e : bundle.path("entry")) {
                JsonNode res = e.path("resource");
                String type = res.path("resourceType").asText();
                if (type.equals("Patient")) {
                    prefetch.set("patient", res);
                    patientId = res.path("id").asText();
                } else if (keys.containsKey(type)) {
                    ObjectNode search = (ObjectNode) prefetch.get(keys.get(type));
                    if (search == null) {
                        search = prefetch.putObject(keys.get(type));
                        search.put("resourceType", "Bundle");
                        search.put("type", "searchset");
                        search.putArray("entry");
                    }
                    ((com.fasterxml.jackson.databind.node.ArrayNode) search.get("entry")).addObject().set("resource", res);
                }
            }
            ObjectNode req = (ObjectNode) fixture("patient-view-request.json");
            req.put("fhirServer", ehr.url("/fhir"));
            ((ObjectNode) req.path("context")).put("patientId", patientId);
            req.set("prefetch", prefetch);
            JsonNode cards = call(h, ehr, PV, req).json().path("cards");
            assertThat(cards.size()).isGreaterThanOrEqualTo(2);
            assertThat(cards.get(0).path("summary").asText()).startsWith("Option 1:");
            assertThat(ehr.fhirCalls.get()).as("everything was prefetched").isZero();
            JsonNode audit = h.get("/api/audit?patientId=" + patientId + "&action=cds.patient-view", h.adminToken).json();
            assertThat(audit.path("items").get(0).path("event").toString()).contains("source=ehr");
        }
    }

    /** A regimen running since 2023 with no blood counts recorded since 2025: its monitoring is overdue. */
    @ParameterizedTest
    @MethodSource("kinds")
    void overdueMonitoringOfTheRunningRegimenIsAWarningCard(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            store(h, "hr-positive-pik3ca-after-cdk46",
                    "{drugs: [letrozole, palbociclib], setting: metastatic, start: 2023-10-10, end: 2025-08-01, stopReason: progression, bestResponse: PR}",
                    "{drugs: [letrozole, palbociclib], setting: metastatic, start: 2023-10-10}");
            ObjectNode req = (ObjectNode) fixture("patient-view-request.json");
            req.put("fhirServer", ehr.url("/fhir"));
            JsonNode cards = call(h, ehr, PV, req).json().path("cards");
            List<JsonNode> overdue = new java.util.ArrayList<>();
            cards.forEach(c -> {
                if (c.path("summary").asText().startsWith("Overdue:")) {
                    overdue.add(c);
                }
            });
            assertThat(overdue).isNotEmpty();
            // The default trial set is matched into the plan, and open trials that may fit get one card.
            assertThat(cards.findValuesAsText("summary")).anyMatch(x -> x.startsWith("Clinical trials that may fit:"));
            assertThat(overdue).allSatisfy(c -> {
                assertThat(c.path("indicator").asText()).isEqualTo("warning");
                assertThat(c.path("summary").asText().length()).isLessThan(140);
                assertThat(c.path("detail").asText()).contains("letrozole + palbociclib");
            });
        }
    }

    /**
     * A stored course decides what is running and what was done: its regimen started 125 days ago
     * makes the 12-week restaging scan overdue until the course records a scan, and the blood
     * count of day 112 overdue until it records a check. The record alone has no running regimen (no card).
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void overdueMonitoringFollowsTheStoredCourse(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            CourseApiTest.createPatient(h, h.adminToken, SPEC_PATIENT);
            ObjectNode req = (ObjectNode) fixture("patient-view-request.json");
            req.put("fhirServer", ehr.url("/fhir"));
            assertThat(overdue(call(h, ehr, PV, req).json())).as("the record has no running regimen").isEmpty();

            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            String course = "/api/patients/" + SPEC_PATIENT + "/course/events";
            record(h, course, "{\"type\":\"scan\",\"date\":\"" + today.minusDays(132) + "\",\"baseline\":true,"
                    + "\"lesions\":[{\"id\":\"L1\",\"organ\":\"liver\",\"target\":true,\"mm\":42},{\"id\":\"B1\",\"organ\":\"bone\"}]}");
            record(h, course, "{\"type\":\"start-treatment\",\"date\":\"" + today.minusDays(125)
                    + "\",\"drugs\":[\"letrozole\",\"palbociclib\"]}");
            List<JsonNode> cards = overdue(call(h, ehr, PV, req).json());
            assertThat(cards).extracting(c -> c.path("summary").asText())
                    .anyMatch(x -> x.startsWith("Overdue: Restaging imaging") && x.contains(today.minusDays(41).toString()))
                    .anyMatch(x -> x.startsWith("Overdue: Palbociclib — complete blood count") && x.contains(today.minusDays(13).toString()));
            assertThat(cards).allSatisfy(c -> assertThat(c.path("detail").asText())
                    .contains("letrozole + palbociclib").contains("in the course or the record"));

            record(h, course, "{\"type\":\"scan\",\"date\":\"" + today.minusDays(35) + "\",\"lesions\":[{\"id\":\"L1\",\"mm\":30},"
                    + "{\"id\":\"B1\",\"status\":\"present\"}]}");
            List<String> afterScan = overdue(call(h, ehr, PV, req).json()).stream().map(c -> c.path("summary").asText()).toList();
            assertThat(afterScan).noneMatch(x -> x.startsWith("Overdue: Restaging imaging"));
            assertThat(afterScan).anyMatch(x -> x.startsWith("Overdue: Palbociclib — complete blood count"));
            record(h, course, "{\"type\":\"check\",\"date\":\"" + today.minusDays(12) + "\",\"kind\":\"lab\","
                    + "\"items\":[\"palbociclib-cbc\"]}");
            assertThat(overdue(call(h, ehr, PV, req).json())).extracting(c -> c.path("summary").asText())
                    .noneMatch(x -> x.startsWith("Overdue: Palbociclib")).noneMatch(x -> x.startsWith("Overdue: Restaging"));
        }
    }

    private static void record(Harness h, String path, String event) {
        Harness.Response r = h.postJson(path, h.adminToken, event);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static List<JsonNode> overdue(JsonNode response) {
        List<JsonNode> out = new java.util.ArrayList<>();
        response.path("cards").forEach(c -> {
            if (c.path("summary").asText().startsWith("Overdue:")) {
                out.add(c);
            }
        });
        return out;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aSlowOrFailingFhirServerAnswersWithinTheDeadline(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofMillis(800))) {
            ObjectNode req = (ObjectNode) fixture("patient-view-request.json");
            req.put("fhirServer", ehr.url("/slow-fhir"));
            long t0 = System.nanoTime();
            JsonNode cards = call(h, ehr, PV, req).json().path("cards");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).isLessThan(3_000);
            assertThat(cards).hasSize(1);
            assertThat(cards.get(0).path("indicator").asText()).isEqualTo("warning");
            assertThat(cards.get(0).path("summary").asText()).contains("could not be read");

            req.put("fhirServer", ehr.url("/broken-fhir"));
            store(h, "hr-positive-pik3ca-after-cdk46", null, null);
            JsonNode withStored = call(h, ehr, PV, req).json().path("cards");
            assertThat(withStored.get(0).path("summary").asText()).contains("EHR data could not be read");
            assertThat(withStored.size()).isGreaterThan(1);
        }
    }

    /** Found by HttpApiFuzzTest: an access token with a character no HTTP header can carry gave a 500. */
    @ParameterizedTest
    @MethodSource("kinds")
    void aFhirAccessTokenNoRequestCanCarryIsAnUnreadableEhrNotAFault(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofMillis(800))) {
            ObjectNode req = (ObjectNode) fixture("patient-view-request.json");
            req.put("fhirServer", ehr.url("/fhir"));
            ((ObjectNode) req.get("fhirAuthorization")).put("access_token", "opaque\u00e7token\n");
            Harness.Response r = call(h, ehr, PV, req);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode cards = r.json().path("cards");
            assertThat(cards.get(0).path("summary").asText()).contains("could not be read");
            assertThat(r.body()).doesNotContain("opaque");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void orderChecksComeFromTheKnowledgeBase(String kind) throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.fresh(kind).url(), List.of(ehr.trusted()), Duration.ofSeconds(1))) {
            store(h, "hr-positive-de-novo-first-line", null, null);
            // The spec's order-select and order-sign examples order amoxicillin/clavulanate: no advice.
            ObjectNode select = Json.mapper().createObjectNode();
            select.put("hook", "order-select");
            select.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
            select.set("context", fixture("order-select-context-r4.json").path("context"));
            Harness.Response selected = call(h, ehr, SELECT, select);
            assertThat(selected.status()).isEqualTo(200);
            assertThat(selected.json().path("cards")).isEmpty();
            assertThat(call(h, ehr, SIGN, orderSign("617993")).json().path("cards")).isEmpty();

            // Ribociclib (RxNorm 1873916) with QTcF 421 ms: offered, no warning.
            assertThat(call(h, ehr, SIGN, orderSign("1873916")).json().path("cards")).isEmpty();
            // ... with QTcF 471 ms: contraindicated, with override reasons.
            store(h, "hr-positive-de-novo-first-line", "{test: qtcf, value: 421", "{test: qtcf, value: 471");
            JsonNode ribo = call(h, ehr, SIGN, orderSign("1873916")).json().path("cards");
            assertThat(ribo).hasSize(1);
            assertThat(ribo.get(0).path("indicator").asText()).isEqualTo("warning");
            assertThat(ribo.get(0).path("summary").asText()).contains("Ribociclib is contraindicated").contains("QTcF");
            assertThat(ribo.get(0).path("overrideReasons").get(0).path("display").asText()).isNotBlank();
            assertThat(ribo.get(0).path("summary").asText().length()).isLessThan(140);

            // Tamoxifen (10324) with paroxetine among the patient's medications: a caution.
            store(h, "hr-positive-de-novo-first-line", "medications: [lisinopril]", "medications: [lisinopril, paroxetine]");
            JsonNode tam = call(h, ehr, SIGN, orderSign("10324")).json().path("cards");
            assertThat(tam).hasSize(1);
            assertThat(tam.get(0).path("summary").asText()).startsWith("Caution with tamoxifen").contains("CYP2D6");

            // order-select looks only at the selected orders.
            ObjectNode selectTam = select.deepCopy();
            String ctx = Json.write(selectTam.path("context")).replace("\"617993\"", "\"10324\"");
            selectTam.set("context", Json.mapper().readTree(ctx));
            assertThat(call(h, ehr, SELECT, selectTam).json().path("cards")).hasSize(1);
            ((ObjectNode) selectTam.path("context")).set("selections", Json.mapper().readTree("[\"NutritionOrder/pureeddiet-simple\"]"));
            assertThat(call(h, ehr, SELECT, selectTam).json().path("cards")).isEmpty();

            // Alpelisib (2169285) for a patient without a PIK3CA alteration: not supported.
            JsonNode alp = call(h, ehr, SIGN, orderSign("2169285")).json().path("cards");
            assertThat(alp).hasSize(1);
            assertThat(alp.get(0).path("summary").asText()).contains("not supported for this patient");
        }
    }
}
