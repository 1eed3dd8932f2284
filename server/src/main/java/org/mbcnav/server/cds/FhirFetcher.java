package org.mbcnav.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mbcnav.server.api.Json;

/**
 * Reads the prefetch items the EHR did not send from its FHIR server, all at once, within one
 * deadline: a slow or failing server ends in {@link Unavailable}, never in a hung request.
 */
public final class FhirFetcher {
    /** The FHIR server could not give the data in time; the message is safe to show. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private final HttpClient http;

    public FhirFetcher(Duration connectTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Map<String, JsonNode> fetch(String baseUrl, String accessToken, Map<String, String> queries, Duration deadline)
            throws Unavailable {
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new Unavailable("fhirServer must be an http(s) URL");
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Map<String, CompletableFuture<HttpResponse<String>>> pending = new LinkedHashMap<>();
        for (var q : queries.entrySet()) {
            HttpRequest request;
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + q.getValue())).timeout(deadline)
                        .header("Accept", "application/fhir+json").GET();
                if (accessToken != null) {
                    b.header("Authorization", "Bearer " + accessToken);
                }
                request = b.build();
            } catch (IllegalArgumentException e) {
                // The EHR sent a URL, patient id or token that no HTTP request can carry. The
                // exception's message quotes the token: it must not reach a card or the log.
                pending.values().forEach(f -> f.cancel(true));
                throw new Unavailable("the fhirServer URL, the patient id or the access token cannot be sent in an HTTP request");
            }
            pending.put(q.getKey(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        try {
            CompletableFuture.allOf(pending.values().toArray(CompletableFuture[]::new))
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (var e : pending.entrySet()) {
                HttpResponse<String> r = e.getValue().get();
                if (r.statusCode() == 404) {
                    continue;
                }
                if (r.statusCode() != 200) {
                    throw new Unavailable("the FHIR server answered " + r.statusCode() + " for " + e.getKey());
                }
                out.put(e.getKey(), Json.mapper().readTree(r.body()));
            }
            return out;
        } catch (TimeoutException e) {
            pending.values().forEach(f -> f.cancel(true));
            throw new Unavailable("the FHIR server did not answer within " + deadline.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new Unavailable("the FHIR server could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while reading from the FHIR server");
        } catch (java.io.IOException e) {
            throw new Unavailable("the FHIR server's answer is not valid JSON");
        }
    }
}
