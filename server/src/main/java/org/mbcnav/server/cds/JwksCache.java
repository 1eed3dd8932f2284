package org.mbcnav.server.cds;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JWK Sets of trusted issuers, fetched from their allow-listed URL and cached. An unknown key id
 * triggers one refetch (key rotation), at most once per REFETCH_GAP, so a flood of bad tokens
 * cannot turn into a flood of fetches.
 */
public class JwksCache {
    static final Duration TTL = Duration.ofMinutes(10);
    static final Duration REFETCH_GAP = Duration.ofSeconds(30);

    private record Entry(JWKSet keys, long fetchedAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Clock clock;

    public JwksCache(Clock clock) {
        this.clock = clock;
    }

    public JWK key(String jwksUrl, String kid) throws IOException {
        long now = clock.millis();
        Entry e = cache.get(jwksUrl);
        if (e == null || now - e.fetchedAt() > TTL.toMillis()
                || (e.keys().getKeyByKeyId(kid) == null && now - e.fetchedAt() > REFETCH_GAP.toMillis())) {
            e = new Entry(fetch(jwksUrl), now);
            cache.put(jwksUrl, e);
        }
        return e.keys().getKeyByKeyId(kid);
    }

    private JWKSet fetch(String url) throws IOException {
        try {
            String body;
            if (url.startsWith("file:")) {
                body = Files.readString(Path.of(URI.create(url)));
            } else {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("the JWK Set at " + url + " answered " + r.statusCode());
                }
                body = r.body();
            }
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IOException("the JWK Set at " + url + " is not valid: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        }
    }
}
