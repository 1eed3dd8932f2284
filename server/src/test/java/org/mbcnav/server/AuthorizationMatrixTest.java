package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.server.api.Role;
import org.mbcnav.server.api.Route;
import org.mbcnav.store.TestDatabases;

/**
 * Every REST endpoint x every caller: no token, a clinician, an admin, a patient reading their
 * own record, and a patient reaching for another patient's record. A denial is 401 or 403; an
 * allowed call is anything else (it may still be a 4xx about the request itself).
 */
class AuthorizationMatrixTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static final String OWN = "hr-positive-pik3ca-after-cdk46";
    private static final String OTHER = "tnbc-germline-brca1";

    @ParameterizedTest
    @MethodSource("kinds")
    void everyEndpointForEveryRole(String kind) throws Exception {
        try (Harness h = new Harness(TestDatabases.fresh(kind).url())) {
            String admin = h.adminToken;
            h.createExample(admin, OWN);
            h.createExample(admin, OTHER);
            String ownPlan = h.postJson("/api/patients/" + OWN + "/plans", admin, "{\"asOf\":\"2026-03-01\"}").json().path("id").asText();
            String otherPlan = h.postJson("/api/patients/" + OTHER + "/plans", admin, "{}").json().path("id").asText();
            Map<String, String> callers = Map.of("clinician", h.token("clinician", null), "admin", admin,
                    "patient-own", h.token("patient", OWN), "patient-other", h.token("patient", OWN));
            List<String> failures = new ArrayList<>();
            int checked = 0;
            for (Route r : h.server.routes()) {
                for (String who : List.of("none", "clinician", "admin", "patient-own", "patient-other")) {
                    boolean ownTarget = !who.equals("patient-other");
                    String path = r.path().replace("{id}", ownTarget ? OWN : OTHER)
                            .replace("{planId}", ownTarget ? ownPlan : otherPlan)
                            .replace("{otherId}", ownTarget ? ownPlan : otherPlan)
                            .replace("{version}", "1").replace("{kind}", "regimen")
                            .replace("{id}", "hrp-pik3ca-alpelisib-fulvestrant")
                            .replace("{tokenId}", "no-such-token");
                    if (r.path().startsWith("/api/knowledge/entries/")) {
                        path = "/api/knowledge/entries/regimen/hrp-pik3ca-alpelisib-fulvestrant";
                    }
                    String method = r.method().name();
                    // Deletions are checked against a copy so that the other rows keep their patient.
                    boolean destructive = method.equals("DELETE") && r.path().startsWith("/api/patients");
                    if (destructive) {
                        h.send("PUT", "/api/patients/" + OTHER + "-copy", admin, "application/yaml",
                                Harness.example(OTHER).replace("id: " + OTHER, "id: " + OTHER + "-copy"));
                        path = "/api/patients/" + (who.equals("patient-own") ? OWN : OTHER + "-copy");
                    }
                    String body = switch (method) {
                        case "POST", "PUT" -> r.path().equals("/api/tokens") ? "{\"role\":\"clinician\"}"
                                : r.path().endsWith("/plans") ? "{\"asOf\":\"2026-03-01\"}" : Harness.example(OWN);
                        default -> null;
                    };
                    String type = body == null ? null : body.startsWith("{") ? "application/json" : "application/yaml";
                    if ("PUT".equals(method) || ("POST".equals(method) && r.path().equals("/api/patients"))) {
                        type = "application/yaml";
                        body = r.path().equals("/api/patients") ? Harness.example(OWN).replace("id: " + OWN, "id: new-" + checked)
                                : Harness.example(ownTarget ? OWN : OTHER);
                    }
                    if (destructive && who.equals("patient-own")) {
                        path = "/api/patients/" + OWN;
                    }
                    Harness.Response resp = h.send(method, path, who.equals("none") ? null : callers.get(who), type, body);
                    boolean expected = allowed(r, who);
                    boolean denied = resp.status() == 401 || resp.status() == 403;
                    if (expected == denied || resp.status() >= 500) {
                        failures.add(who + " " + method + " " + path + " -> " + resp.status() + " (expected "
                                + (expected ? "allowed" : "denied") + ")");
                    }
                    if (who.equals("none")) {
                        assertThat(resp.status()).as(method + " " + path).isEqualTo(401);
                    }
                    checked++;
                }
            }
            assertThat(failures).isEmpty();
            assertThat(checked).isEqualTo(h.server.routes().size() * 5);
            // Every refusal of a patient reaching for another record is in the audit log.
            assertThat(h.get("/api/audit?patientId=" + OTHER + "&limit=1000", admin).json().findValuesAsText("outcome"))
                    .contains("denied");
        }
    }

    private static boolean allowed(Route r, String who) {
        return switch (who) {
            case "none" -> false;
            case "clinician" -> r.roles().contains(Role.CLINICIAN);
            case "admin" -> r.roles().contains(Role.ADMIN);
            // Patients may read knowledge and their own record; never another patient's.
            case "patient-own" -> r.roles().contains(Role.PATIENT);
            default -> r.roles().contains(Role.PATIENT) && r.path().startsWith("/api/knowledge");
        };
    }
}
