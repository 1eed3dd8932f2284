package org.mbcnav.server.guard;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Response headers every answer carries, API and web app alike (OWASP ASVS V14.4): no MIME
 * sniffing, no referrer, no framing, no caching of anything but the app's own static files
 * (answers hold patient data), and HSTS when the request came over https. Web pages get a strict
 * Content-Security-Policy that allows scripts and styles from the app only; everything else gets
 * one that allows nothing, so a JSON answer opened in a browser cannot run or load anything.
 */
public final class SecurityHeaders {
    public static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
    public static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** Sets the headers before any handler runs, so error answers (401, 404, 413 ...) carry them too. */
    public static void register(Javalin app) {
        app.before(SecurityHeaders::apply);
    }

    static void apply(Context ctx) {
        String path = ctx.path();
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", path.equals("/app") || path.startsWith("/app/") ? PAGE_CSP : API_CSP);
        if (!path.startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (secure(ctx)) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }

    /**
     * True when the request came over https, directly or through a proxy that says so. A client
     * can claim https falsely, but that only makes its own cookies Secure and adds HSTS, which
     * browsers ignore over plain http.
     */
    public static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
