package org.mbcnav.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mbcnav.server.api.Role;
import org.mbcnav.server.guard.SecurityHeaders;
import org.mbcnav.store.ApiToken;

/**
 * Browser sessions: a random 256-bit id in an HttpOnly, SameSite=Strict cookie (Secure when the
 * request came over https, directly or through a proxy that says so), held in memory with an idle
 * timeout and an absolute one (a new sign-in every ABSOLUTE, OWASP ASVS 3.3.2). Signing in always
 * makes a new id and drops the one the browser had (no session fixation). The API token itself never goes into a cookie. Each session has its own CSRF token,
 * checked on every POST; before sign-in a short-lived cookie and hidden field (double submit)
 * protect the sign-in form.
 */
final class Sessions {
    static final String COOKIE = "mbcnav_session";
    static final String LOGIN_COOKIE = "mbcnav_login";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    /** clock: the server's clock, so that tests can move time past the timeouts. */
    Sessions(Clock clock) {
        this.clock = clock;
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    WebSession open(Context ctx, ApiToken t) {
        String previous = ctx.cookie(COOKIE);
        if (previous != null) {
            sessions.remove(previous);
        }
        long now = clock.millis();
        WebSession s = new WebSession(random(), t.id(), Role.parse(t.role()), t.patientId(), random(),
                now + IDLE.toMillis(), now + ABSOLUTE.toMillis());
        sessions.put(s.id(), s);
        ctx.cookie(cookie(ctx, COOKIE, s.id(), -1));
        return s;
    }

    Optional<WebSession> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        WebSession s = sessions.get(id);
        long now = clock.millis();
        if (s == null || now >= s.expiresAtMillis() || now >= s.endsAtMillis()) {
            sessions.remove(id);
            return Optional.empty();
        }
        WebSession renewed = new WebSession(s.id(), s.tokenId(), s.role(), s.patientId(), s.csrf(),
                Math.min(now + IDLE.toMillis(), s.endsAtMillis()), s.endsAtMillis());
        sessions.put(id, renewed);
        return Optional.of(renewed);
    }

    void close(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        ctx.cookie(cookie(ctx, COOKIE, "", 0));
    }

    /** The sign-in form's CSRF value, set as a cookie and echoed in a hidden field. */
    String loginCsrf(Context ctx) {
        String v = random();
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, v, 600));
        return v;
    }

    static boolean sameSecret(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
        Cookie c = new Cookie(name, value, "/", maxAge, SecurityHeaders.secure(ctx));
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        return c;
    }
}
