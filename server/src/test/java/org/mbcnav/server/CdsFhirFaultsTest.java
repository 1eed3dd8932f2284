package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * CDS Hooks against an EHR FHIR server that fails in each way a real one does: answers after the
 * deadline, sends headers and then stalls the body, answers 500, answers some reads and fails
 * the others, resets the connection, or refuses it. Every hook (patient-view and order-select)
 * answers 200 within the deadline plus a margin for the planning itself, with a card that says
 * the EHR data could not be read, and with the advice from the stored record when there is one.
 */
class CdsFhirFaultsTest {
    private static final Duration DEADLINE = Duration.ofMillis(800);
    /** The deadline covers the FHIR reads; planning and the audit write come on top. */
    private static final long ANSWER_WITHIN_MS = DEADLINE.toMillis() + 2_500;

    @Test
    void everyKindOfFailingFhirServerGivesAnAnswerWithinTheDeadline() throws Exception {
        try (EhrStub ehr = new EhrStub();
             Harness h = new Harness(TestDatabases.freshH2().url(), List.of(ehr.trusted()), DEADLINE)) {
            Map<String, String> servers = new LinkedHashMap<>();
            servers.put("slow", ehr.url("/slow-fhir"));
            servers.put("stalled body", ehr.url("/stalled-body-fhir"));
            servers.put("500", ehr.url("/broken-fhir"));
            servers.put("partly failing", ehr.url("/half-fhir"));
            servers.put("connection reset", ehr.resettingUrl());
            servers.put("connection refused", "http://127.0.0.1:" + ServeProcess.freePort() + "/fhir");

            for (var s : servers.entrySet()) {
                for (String path : List.of(CdsHooksTest.PV, CdsHooksTest.SELECT)) {
                    JsonNode cards = timedCall(h, ehr, path, s.getValue(), s.getKey());
                    assertThat(cards).as(s.getKey() + " " + path).hasSize(1);
                    assertThat(cards.get(0).path("indicator").asText()).isEqualTo("warning");
                    assertThat(cards.get(0).path("summary").asText()).as(s.getKey())
                            .isEqualTo("No advice: the EHR's FHIR server could not be read in time");
                }
            }

            // With the patient stored here: a note that the EHR data is missing, then the advice.
            String yaml = Harness.example("hr-positive-pik3ca-after-cdk46").replaceFirst("(?m)^id: .*$",
                    "id: \"" + CdsHooksTest.SPEC_PATIENT + "\"");
            assertThat(h.send("PUT", "/api/patients/" + CdsHooksTest.SPEC_PATIENT, h.adminToken, "application/yaml", yaml)
                    .status()).isEqualTo(200);
            for (var s : servers.entrySet()) {
                JsonNode cards = timedCall(h, ehr, CdsHooksTest.PV, s.getValue(), s.getKey());
                assertThat(cards.get(0).path("summary").asText()).as(s.getKey())
                        .isEqualTo("EHR data could not be read; advice uses the record stored in MBC Navigator");
                assertThat(cards.get(1).path("summary").asText()).as(s.getKey()).startsWith("Option 1:");
            }
        }
    }

    /** One hook call with nothing prefetched, so every item is read from fhirServer. */
    private static JsonNode timedCall(Harness h, EhrStub ehr, String path, String fhirServer, String what) throws Exception {
        ObjectNode req;
        if (path.equals(CdsHooksTest.PV)) {
            req = (ObjectNode) fixture("patient-view-request.json");
        } else {
            req = Json.mapper().createObjectNode();
            req.put("hook", "order-select");
            req.put("hookInstance", java.util.UUID.randomUUID().toString());
            req.set("context", fixture("order-select-context-r4.json").path("context"));
        }
        req.remove("prefetch");
        req.put("fhirServer", fhirServer);
        long t0 = System.nanoTime();
        Harness.Response r = h.send("POST", path, ehr.token(path), "application/json", Json.write(req));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.status()).as(what + " " + path + ": " + r.body()).isEqualTo(200);
        assertThat(ms).as(what + " " + path + " answered in ms").isLessThan(ANSWER_WITHIN_MS);
        return r.json().path("cards");
    }

    private static JsonNode fixture(String name) throws Exception {
        return Json.mapper().readTree(Files.readString(JwtVerifierTest.FIXTURES.resolve(name)));
    }
}
