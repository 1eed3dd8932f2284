package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.mbcnav.server.api.Json;
import org.mbcnav.store.TestDatabases;

/**
 * Fuzzes the HTTP API of a real MbcnavServer (loopback, fresh H2 database, real tokens, a stand-in
 * EHR that signs CDS Hooks JWTs): REST patients and plans, CDS Hooks services and feedback, and the
 * web forms. Each input is one request written as text (see FuzzRequest), so seeds are readable
 * and the fuzzer mutates the method, path, query string, headers and body alike.
 *
 * Allowed answers: any status below 500; an /api or /cds-services error (4xx) must be an RFC 9457
 * problem+json document whose status matches. A 5xx, an exception class or stack frame in any body,
 * a request that does not finish within the timeout, or a connection the service opens to a host
 * other than loopback is a finding.
 *
 * Without JAZZER_FUZZ this replays the kept inputs in HttpApiFuzzTestInputs/request/.
 */
class HttpApiFuzzTest {
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (java|javax|jdk|sun|org|com|io|net)\\.[\\w.$]+\\(|\\b(java|javax|jdk|org|com|io|net)\\.[a-z]\\w*(\\.\\w+)*\\.\\w*(Exception|Error)\\b");
    private static final Server SERVER = Server.start();

    /** One server for the whole run: starting it (knowledge, trials, database) takes seconds. */
    private record Server(Harness harness, EhrStub ehr, String clinician, String patient, String otherPatient,
                          String planId, String sessionCookie, String csrf, HttpClient http) {
        static Server start() {
            try {
                EhrStub ehr = new EhrStub();
                Harness h = new Harness(TestDatabases.freshH2().url(), List.of(ehr.trusted()), Duration.ofMillis(500));
                String clinician = h.token("clinician", null);
                ok(h.send("PUT", "/api/patients/" + FuzzRequest.PATIENT_ID, clinician, "application/yaml",
                        Harness.example("hr-positive-pik3ca-after-cdk46").replaceFirst("(?m)^id: .*$", "id: " + FuzzRequest.PATIENT_ID)));
                Harness.Response plan = h.postJson("/api/patients/" + FuzzRequest.PATIENT_ID + "/plans", clinician,
                        "{\"asOf\":\"2026-11-01\"}");
                ok(plan);
                WebLogin web = WebLogin.signIn(h.base, clinician);
                return new Server(h, ehr, clinician, h.token("patient", FuzzRequest.PATIENT_ID), h.token("patient", "someone-else"),
                        plan.json().path("id").asText(), web.sessionCookie(), web.csrf(),
                        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
            } catch (Exception e) {
                throw new IllegalStateException("the server for fuzzing did not start", e);
            }
        }

        private static void ok(Harness.Response r) {
            if (r.status() >= 300) {
                throw new IllegalStateException("setting up the fuzzed server: " + r);
            }
        }

        String bearer(String role, String path) {
            return switch (role) {
                case "admin" -> "Bearer " + harness.adminToken;
                case "clinician" -> "Bearer " + clinician;
                case "patient" -> "Bearer " + patient;
                case "other-patient" -> "Bearer " + otherPatient;
                case "ehr" -> "Bearer " + ehr.token(path);
                default -> role;
            };
        }
    }

    @FuzzTest
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void request(byte[] input) throws Exception {
        FuzzRequest r = FuzzRequest.parse(new String(input, StandardCharsets.UTF_8), SERVER.planId(), SERVER.csrf(),
                SERVER.ehr().url("/fhir/"));
        if (r == null) {
            return;
        }
        HttpRequest request = r.build(SERVER.harness().base, SERVER::bearer, SERVER.sessionCookie());
        if (request == null) {
            return;
        }
        HttpResponse<String> answer;
        // The service may only talk to loopback (the database and the stand-in EHR); anything else
        // would be the service reaching out to a host the input named.
        try (var ignored = BugDetectors.allowNetworkConnections((host, port) -> loopback(host))) {
            answer = SERVER.http().send(request, HttpResponse.BodyHandlers.ofString());
        }
        int status = answer.statusCode();
        String body = answer.body();
        String what = r.method() + " " + r.target() + " -> " + status + " " + body;
        assertThat(status).as(what).isLessThan(500);
        assertThat(STACK_TRACE.matcher(body).find()).as("stack trace in %s", what).isFalse();
        if (status >= 400 && (r.path().startsWith("/api/") || r.path().startsWith("/cds-services"))) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(Json.PROBLEM);
            JsonNode problem = Json.mapper().readTree(body);
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
            assertThat(problem.path("type").asText()).as(what).isNotBlank();
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Signs in to the web app as a browser does: the login form's CSRF value, then the session cookie. */
    private record WebLogin(String sessionCookie, String csrf) {
        private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

        static WebLogin signIn(String base, String token) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/app/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String loginCookie = cookie(form, "mbcnav_login");
            String loginCsrf = csrf(form.body());
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/app/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + loginCsrf + "&token=" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = cookie(login, "mbcnav_session");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/app/patients"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            return new WebLogin(session, csrf(page.body()));
        }

        private static String cookie(HttpResponse<String> r, String name) {
            return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " cookie: " + r.headers().map()));
        }

        private static String csrf(String html) {
            var m = CSRF.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF field in " + html);
            }
            return m.group(1);
        }
    }
}
