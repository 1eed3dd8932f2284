package org.mbcnav.server;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.mbcnav.server.cds.TrustedIssuer;

/**
 * A stand-in EHR on loopback: it signs CDS Hooks JWTs with its own P-384 key, publishes the JWK
 * Set over HTTP, and runs a small FHIR server that answers fast, slowly, or with an error.
 */
final class EhrStub implements AutoCloseable {
    static final String ISSUER = "https://ehr.test/";

    final ECKey key;
    final HttpServer http;
    final AtomicInteger jwksFetches = new AtomicInteger();
    final AtomicInteger fhirCalls = new AtomicInteger();
    /** A FHIR "server" that reads each request and resets the connection (TCP RST) instead of answering. */
    final java.net.ServerSocket resetting;

    EhrStub() throws Exception {
        key = new ECKeyGenerator(Curve.P_384).keyID("ehr-key-1").generate();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        http.createContext("/jwks.json", ex -> {
            jwksFetches.incrementAndGet();
            reply(ex, 200, new JWKSet(key.toPublicJWK()).toString());
        });
        http.createContext("/fhir/", ex -> {
            fhirCalls.incrementAndGet();
            reply(ex, 200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}");
        });
        http.createContext("/slow-fhir/", ex -> {
            fhirCalls.incrementAndGet();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "{}");
        });
        http.createContext("/broken-fhir/", ex -> reply(ex, 500, "{}"));
        // Headers at once, then the body stalls: only an overall deadline catches this one.
        http.createContext("/stalled-body-fhir/", ex -> {
            fhirCalls.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "application/fhir+json");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("{\"resourceType\":".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        // The Patient read works, the searches fail: the data would be incomplete.
        http.createContext("/half-fhir/", ex -> {
            fhirCalls.incrementAndGet();
            if (ex.getRequestURI().getPath().contains("/Patient/")) {
                reply(ex, 200, "{\"resourceType\":\"Patient\",\"id\":\"x\",\"gender\":\"female\"}");
            } else {
                reply(ex, 503, "{}");
            }
        });
        http.start();
        resetting = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("resetting-fhir").start(this::resetEveryConnection);
    }

    private void resetEveryConnection() {
        while (!resetting.isClosed()) {
            try {
                java.net.Socket s = resetting.accept();
                fhirCalls.incrementAndGet();
                s.getInputStream().read(new byte[4096]);
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException e) {
                // closed
            }
        }
    }

    /** The base URL of the FHIR server that resets every connection. */
    String resettingUrl() {
        return "http://127.0.0.1:" + resetting.getLocalPort() + "/fhir";
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    TrustedIssuer trusted() {
        return new TrustedIssuer(ISSUER, url("/jwks.json"));
    }

    /** A fresh token for one call to the endpoint path (the audience). */
    String token(String endpointPath) {
        return sign(ISSUER, Harness.PUBLIC_URL + endpointPath, UUID.randomUUID().toString(), key, 300);
    }

    static String sign(String iss, String aud, String jti, ECKey k, int lifetimeSeconds) {
        try {
            long now = System.currentTimeMillis();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).audience(aud).jwtID(jti)
                    .issueTime(new Date(now)).expirationTime(new Date(now + lifetimeSeconds * 1000L)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                    .keyID(k.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(k));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    URI base() {
        return URI.create(url("/"));
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            resetting.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
