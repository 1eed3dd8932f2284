package org.mbcnav.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.cds.TrustedIssuer;

/** A real server on a free loopback port over a real database, and a real HTTP client for it. */
final class Harness implements AutoCloseable {
    static final String PUBLIC_URL = "http://cds.test";
    static final Path ROOT = Path.of(System.getProperty("mbcnav.root", "."));

    final MbcnavServer server;
    final String base;
    final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Harness(String jdbcUrl, List<TrustedIssuer> issuers, Duration fhirDeadline) throws Exception {
        this(jdbcUrl, issuers, fhirDeadline, Clock.systemUTC());
    }

    /** clock: the server's clock (sessions, throttles and audit times follow it). */
    Harness(String jdbcUrl, List<TrustedIssuer> issuers, Duration fhirDeadline, Clock clock) throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withDatabase(jdbcUrl, null, null)
                .withKnowledge(ROOT.resolve("knowledge")).withUrls(PUBLIC_URL, "https://app.test")
                .withLimits(Duration.ofDays(30), 256 * 1024, fhirDeadline).withTrustedIssuers(issuers)
                .withClock(clock);
        config = new ServerConfig("127.0.0.1", config.port(), config.jdbcUrl(), null, null, config.knowledgeDir(),
                config.publicBaseUrl(), config.webAppUrl(), config.retention(), config.maxBodyBytes(),
                config.fhirDeadline(), config.trustedIssuers(), config.clock());
        this.server = MbcnavServer.start(config);
        this.base = "http://127.0.0.1:" + server.port();
        this.adminToken = server.firstAdminToken().orElse(null);
    }

    Harness(String jdbcUrl) throws Exception {
        this(jdbcUrl, List.of(), Duration.ofSeconds(2));
    }

    Response send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, null);
    }

    /** ifMatch: an If-Match header value (null: none). */
    Response send(String method, String path, String token, String contentType, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Response postJson(String path, String token, String body) {
        return send("POST", path, token, "application/json", body);
    }

    /** Makes a token of the role through the API, as an admin would. */
    String token(String role, String patientId) {
        String body = patientId == null ? "{\"role\":\"" + role + "\"}"
                : "{\"role\":\"" + role + "\",\"patientId\":\"" + patientId + "\"}";
        Response r = postJson("/api/tokens", adminToken, body);
        if (r.status() != 201) {
            throw new AssertionError("token: " + r);
        }
        return r.json().path("token").asText();
    }

    static String example(String name) {
        try {
            return java.nio.file.Files.readString(ROOT.resolve("examples/patients").resolve(name + ".yaml"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    Response createExample(String token, String name) {
        return send("POST", "/api/patients", token, "application/yaml", example(name));
    }

    @Override
    public void close() {
        server.close();
    }
}
