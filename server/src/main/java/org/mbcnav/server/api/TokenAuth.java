package org.mbcnav.server.api;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mbcnav.server.guard.SignInThrottle;
import org.mbcnav.store.ApiToken;
import org.mbcnav.store.TokenStore;

/**
 * Resolves "Authorization: Bearer <token>" to a caller. Lookups are cached briefly (a revoked
 * token stops working within CACHE_TTL on every server), which keeps the database out of the hot path.
 * Unknown tokens count against the caller's address in the sign-in throttle (429 when it is over)
 * and are audited ("api.token", denied); the throttle bounds how many such records one address makes.
 */
public final class TokenAuth {
    static final Duration CACHE_TTL = Duration.ofSeconds(10);
    private record Cached(Optional<ApiToken> token, long until) {
    }

    private final TokenStore tokens;
    private final SignInThrottle throttle;
    private final Audit audit;
    private final Map<String, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > 10_000;
        }
    };

    public TokenAuth(TokenStore tokens, SignInThrottle throttle, Audit audit) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
    }

    public Caller require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiProblem.of(401, "unauthorized", "Authentication required",
                    "send an API token as 'Authorization: Bearer <token>'");
        }
        long wait = throttle.retryAfterSeconds(ctx.ip());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw ApiProblem.of(429, "too-many-failures", "Too many failed sign-ins",
                    "too many unknown tokens came from this address; try again in " + wait + " seconds");
        }
        ApiToken t = lookup(header.substring(7).trim()).orElseThrow(() -> {
            throttle.failed(ctx.ip());
            audit.record(new Caller("anonymous", Role.CLINICIAN, null, ctx.ip()), "api.token", null, "denied");
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return ApiProblem.of(401, "unauthorized", "Authentication required", "the token is unknown or revoked");
        });
        return new Caller("token:" + t.id(), Role.parse(t.role()), t.patientId(), ctx.ip());
    }

    /** Forgets cached lookups, so that a revocation on this server takes effect at once. */
    public synchronized void forget() {
        cache.clear();
    }

    private Optional<ApiToken> lookup(String token) {
        long now = System.nanoTime();
        synchronized (this) {
            Cached e = cache.get(token);
            if (e != null && e.until() - now > 0) {
                return e.token();
            }
        }
        Optional<ApiToken> found = tokens.find(token);
        synchronized (this) {
            cache.put(token, new Cached(found, now + CACHE_TTL.toNanos()));
        }
        return found;
    }
}
