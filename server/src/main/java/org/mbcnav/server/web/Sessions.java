package org.mbcnav.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mbcnav.server.api.Role;
import org.mbcnav.store.ApiToken;

/**
 * Browser sessions: a random 256-bit id in an HttpOnly, SameSite=Strict cookie (Secure when the
 * request came over https, directly or through a proxy that says so), held in memory with an idle
 * timeout. The API token itself never goes into a cookie. Each session has its own CSRF token,
 * checked on every POST; before sign-in a short-lived cookie and hidden field (double submit)
 * protect the sign-in form.
 */
final class Sessions {
    static final String COOKIE = "mbcnav_session";
    static final String LOGIN_COOKIE = "mbcnav_login";
    static final Duration IDLE = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

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
        WebSession s = new WebSession(random(), t.id(), Role.parse(t.role()), t.patientId(), random(),
                System.nanoTime() + IDLE.toNanos());
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
        long now = System.nanoTime();
        if (s == null || s.expiresAtNanos() - now < 0) {
            sessions.remove(id);
            return Optional.empty();
        }
        WebSession renewed = new WebSession(s.id(), s.tokenId(), s.role(), s.patientId(), s.csrf(), now + IDLE.toNanos());
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

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
        Cookie c = new Cookie(name, value, "/", maxAge, secure(ctx));
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        return c;
    }
}
