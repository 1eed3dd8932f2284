package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mbcnav.server.guard.SecurityHeaders;
import org.mbcnav.server.guard.SignInThrottle;
import org.mbcnav.store.TestDatabases;

/**
 * The OWASP ASVS controls fixed in code (docs/security.md): security headers on every answer,
 * the sign-in throttle for the API and the web app, session fixation, idle and absolute timeouts,
 * sessions ending with a revoked token, and Content-Type checks on JSON endpoints.
 */
class SecurityControlsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> get(Harness h, String path, String token, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(h.base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Harness harness(MovableClock clock) throws Exception {
        return new Harness(TestDatabases.freshH2().url(), List.of(), Duration.ofSeconds(2), clock);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        try (Harness h = harness(new MovableClock())) {
            String doc = h.token("clinician", null);
            for (String[] c : List.of(new String[] {"/api/patients", doc}, new String[] {"/api/patients", null},
                    new String[] {"/api/no-such", doc}, new String[] {"/health/live", null}, new String[] {"/metrics", null},
                    new String[] {"/openapi.json", null}, new String[] {"/cds-services", null}, new String[] {"/app/login", null})) {
                HttpResponse<String> r = get(h, c[0], c[1]);
                assertThat(r.headers().firstValue("X-Content-Type-Options")).as(c[0]).contains("nosniff");
                assertThat(r.headers().firstValue("Referrer-Policy")).as(c[0]).contains("no-referrer");
                assertThat(r.headers().firstValue("X-Frame-Options")).as(c[0]).contains("DENY");
                assertThat(r.headers().firstValue("Cache-Control")).as(c[0]).contains("no-store");
                assertThat(r.headers().firstValue("Content-Security-Policy")).as(c[0])
                        .contains(c[0].startsWith("/app") ? SecurityHeaders.PAGE_CSP : SecurityHeaders.API_CSP);
                assertThat(r.headers().firstValue("Strict-Transport-Security")).as(c[0]).isEmpty();
                assertThat(r.headers().firstValue("Server").orElse("")).as("no server version").doesNotContainPattern("\\d");
            }
            HttpResponse<String> tls = get(h, "/api/patients", doc, "X-Forwarded-Proto", "https");
            assertThat(tls.headers().firstValue("Strict-Transport-Security")).contains(SecurityHeaders.HSTS);
            HttpResponse<String> css = get(h, "/static/app.css", null);
            assertThat(css.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=3600");
            HttpResponse<String> tooBig = HTTP.send(HttpRequest.newBuilder(URI.create(h.base + "/api/patients"))
                    .header("Authorization", "Bearer " + doc).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(300 * 1024))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tooBig.statusCode()).isEqualTo(413);
            assertThat(tooBig.headers().firstValue("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void tokenGuessingIsThrottledForTheApiAndTheSignInForm() throws Exception {
        MovableClock clock = new MovableClock();
        try (Harness h = harness(clock)) {
            String doc = h.token("clinician", null);
            for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
                assertThat(h.get("/api/patients", "mbcnav_guess" + i).status()).isEqualTo(401);
            }
            // Over the limit, even the right token is refused from this address until the window passes.
            Harness.Response blocked = h.get("/api/patients", doc);
            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.json().path("type").asText()).isEqualTo("/problems/too-many-failures");
            assertThat(get(h, "/api/patients", doc).headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                    .isBetween(1L, SignInThrottle.WINDOW.toSeconds());
            WebClient web = new WebClient(h.base);
            WebClient.Page form = web.signIn(doc);
            assertThat(form.status()).isEqualTo(429);
            assertThat(form.body()).contains("Too many failed sign-ins");
            // Requests without a token are not guesses and still get their plain 401.
            assertThat(h.get("/api/patients", null).status()).isEqualTo(401);
            clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
            assertThat(h.get("/api/patients", doc).status()).isEqualTo(200);
            assertThat(new WebClient(h.base).signIn(doc).status()).isEqualTo(302);
            // Failed sign-ins in the form count too.
            WebClient guesser = new WebClient(h.base);
            for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
                assertThat(guesser.signIn("mbcnav_form_guess" + i).status()).isEqualTo(401);
            }
            assertThat(h.get("/api/patients", doc).status()).isEqualTo(429);
            assertThat(h.get("/api/audit?action=web.login&limit=100", h.adminToken).status()).isEqualTo(429);
            clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
            assertThat(h.get("/api/audit?action=web.login&limit=100", h.adminToken).json().path("items")
                    .findValuesAsText("outcome")).contains("denied", "throttled", "ok");
            // Each refused API token is audited, without the token itself.
            Harness.Response refused = h.get("/api/audit?action=api.token&limit=100", h.adminToken);
            assertThat(refused.json().path("items").findValuesAsText("outcome")).hasSize(SignInThrottle.MAX_FAILURES)
                    .containsOnly("denied");
            assertThat(refused.body()).doesNotContain("mbcnav_guess");
        }
    }

    @Test
    void sessionsAreRenewedAtSignInAndEndWhenIdleAtTwelveHoursOrWithTheirToken() throws Exception {
        MovableClock clock = new MovableClock();
        try (Harness h = harness(clock)) {
            String doc = h.token("clinician", null);
            // Fixation: a session id planted before sign-in is not the one used after it.
            WebClient web = new WebClient(h.base);
            web.cookies.getCookieStore().add(URI.create(h.base), planted());
            assertThat(web.signIn(doc).status()).isEqualTo(302);
            List<String> ids = web.cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("mbcnav_session")).map(HttpCookie::getValue).toList();
            assertThat(ids).anyMatch(v -> !v.equals("planted-session-id") && v.length() >= 43);
            assertThat(get(h, "/app/patients", null, "Cookie", "mbcnav_session=planted-session-id")
                    .headers().firstValue("Location")).contains("/app/login");
            web.cookies.getCookieStore().remove(URI.create(h.base), planted());
            assertThat(web.get("/app/patients").status()).isEqualTo(200);

            // Idle timeout: 30 minutes without a request.
            clock.advance(Duration.ofMinutes(31));
            assertThat(web.get("/app/patients").location()).isEqualTo("/app/login");

            // Absolute timeout: active every 25 minutes, still signed out after 12 hours.
            assertThat(web.signIn(doc).status()).isEqualTo(302);
            for (int i = 0; i < 28; i++) {
                clock.advance(Duration.ofMinutes(25));
                assertThat(web.get("/app/patients").status()).as("after " + (i + 1) * 25 + " minutes").isEqualTo(200);
            }
            clock.advance(Duration.ofMinutes(25));
            assertThat(web.get("/app/patients").location()).isEqualTo("/app/login");

            // Revoking the token ends the sessions opened with it.
            Harness.Response issued = h.postJson("/api/tokens", h.adminToken, "{\"role\":\"clinician\"}");
            String token = issued.json().path("token").asText();
            WebClient other = new WebClient(h.base);
            assertThat(other.signIn(token).status()).isEqualTo(302);
            assertThat(other.get("/app/patients").status()).isEqualTo(200);
            String id = issued.json().path("record").path("id").asText();
            assertThat(h.send("DELETE", "/api/tokens/" + id, h.adminToken, null, null).status()).isEqualTo(204);
            assertThat(other.get("/app/patients").location()).isEqualTo("/app/login");

            // Signing out ends the session on the server, not only in the browser.
            WebClient leaving = new WebClient(h.base);
            leaving.signIn(doc);
            String session = leaving.cookie("mbcnav_session");
            assertThat(leaving.postForm("/app/logout", Map.of("csrf", leaving.sessionCsrf())).status()).isEqualTo(302);
            HttpResponse<String> replay = get(h, "/app/patients", null, "Cookie", "mbcnav_session=" + session);
            assertThat(replay.headers().firstValue("Location")).contains("/app/login");
        }
    }

    @Test
    void jsonEndpointsRefuseOtherContentTypes() throws Exception {
        try (Harness h = harness(new MovableClock())) {
            Harness.Response form = h.send("POST", "/api/tokens", h.adminToken, "application/x-www-form-urlencoded",
                    "{\"role\":\"admin\"}");
            assertThat(form.status()).isEqualTo(415);
            assertThat(h.send("POST", "/api/tokens", h.adminToken, "text/plain", "{\"role\":\"admin\"}").status()).isEqualTo(415);
            assertThat(h.send("POST", "/api/tokens", h.adminToken, null, "{\"role\":\"admin\"}").status()).isEqualTo(415);
            assertThat(h.get("/api/tokens", h.adminToken).json().path("items").size()).isEqualTo(1);
            assertThat(h.send("POST", "/api/tokens", h.adminToken, "application/json; charset=utf-8", "{\"role\":\"admin\"}")
                    .status()).isEqualTo(201);
        }
    }

    private static HttpCookie planted() {
        HttpCookie c = new HttpCookie("mbcnav_session", "planted-session-id");
        c.setPath("/");
        c.setVersion(0);
        return c;
    }
}
