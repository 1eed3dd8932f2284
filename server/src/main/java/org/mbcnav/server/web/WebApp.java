package org.mbcnav.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.report.Html;
import org.mbcnav.report.ReportStyle;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Role;
import org.mbcnav.server.guard.PathParams;
import org.mbcnav.server.guard.SignInThrottle;
import org.mbcnav.store.ApiToken;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.PlanStore;
import org.mbcnav.store.TokenStore;

/**
 * The web app under /app: server-rendered pages for the care team and for patients, with htmx
 * for the patient search. Every page is audited like the API. Security: sessions in HttpOnly
 * SameSite=Strict cookies that end with their token, a CSRF token on every form, a throttle on
 * failed sign-ins shared with the API, a Content-Security-Policy that allows scripts and styles from
 * the app only (guard.SecurityHeaders), and output encoding by the report module's Html builder.
 */
public final class WebApp {
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final TokenStore tokens;
    private final Audit audit;
    private final PatientPages patientPages;
    private final FormPages formPages;
    private final HistoryPages historyPages;
    private final CoursePages coursePages;

    /** clinical: the server's pipeline (native and FHIR patients, trials), shared with the REST API. */
    public WebApp(Knowledge knowledge, java.nio.file.Path knowledgeDir, Clinical clinical, PatientStore patients,
                  PlanStore plans, org.mbcnav.server.course.CourseService courses, TokenStore tokens,
                  SignInThrottle throttle, Audit audit, Clock clock) {
        this.sessions = new Sessions(clock);
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
        Reports reports = new Reports(knowledge, knowledgeDir);
        this.patientPages = new PatientPages(patients, clinical, courses, reports, audit, clock);
        this.coursePages = new CoursePages(courses, audit);
        this.formPages = new FormPages(patients, clinical, audit, clock);
        this.historyPages = new HistoryPages(patients, plans, clinical, audit, clock);
    }

    /** A page handler that knows the signed-in session and its caller. */
    @FunctionalInterface
    interface Page {
        void handle(Context ctx, WebSession session, Caller caller) throws Exception;
    }

    public void register(Javalin app) {
        // Security headers (CSP, nosniff, no-store, HSTS ...) are set for every path by guard.SecurityHeaders.
        String css = ReportStyle.css() + resource("/org/mbcnav/server/web/app.css");
        String htmx = htmx();
        app.get("/static/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css));
        app.get("/static/htmx.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(htmx));
        app.get("/app", ctx -> ctx.redirect(sessions.current(ctx).map(s -> s.role() == Role.PATIENT
                ? "/app/patients/" + s.patientId() : "/app/patients").orElse("/app/login")));
        app.get("/app/login", this::loginForm);
        app.post("/app/login", this::login);
        page(app, HandlerType.POST, "/app/logout", false, (ctx, s, c) -> {
            audit.record(c, "web.logout", null, "ok");
            sessions.close(ctx);
            ctx.redirect("/app/login");
        });
        page(app, HandlerType.GET, "/app/patients", true, patientPages::list);
        page(app, HandlerType.GET, "/app/patients/rows", true, patientPages::rows);
        page(app, HandlerType.GET, "/app/patients/new", true, formPages::newForm);
        page(app, HandlerType.POST, "/app/patients/new", true, formPages::create);
        page(app, HandlerType.GET, "/app/upload", true, formPages::uploadForm);
        page(app, HandlerType.POST, "/app/upload", true, formPages::upload);
        page(app, HandlerType.GET, "/app/patients/{id}", false, patientPages::show);
        page(app, HandlerType.GET, "/app/patients/{id}/edit", true, formPages::editForm);
        page(app, HandlerType.POST, "/app/patients/{id}/edit", true, formPages::update);
        page(app, HandlerType.GET, "/app/patients/{id}/monitoring.ics", false, patientPages::ics);
        page(app, HandlerType.GET, "/app/patients/{id}/report", false, patientPages::report);
        page(app, HandlerType.GET, "/app/patients/{id}/history", true, historyPages::history);
        page(app, HandlerType.POST, "/app/patients/{id}/plans", true, historyPages::save);
        page(app, HandlerType.GET, "/app/patients/{id}/course", true, coursePages::show);
        page(app, HandlerType.GET, "/app/patients/{id}/course/monitoring.ics", true, coursePages::ics);
        for (String type : coursePages.formTypes()) {
            page(app, HandlerType.POST, "/app/patients/{id}/course/" + type, true, (ctx, s, c) -> coursePages.record(ctx, s, c, type));
        }
    }

    private void page(Javalin app, HandlerType method, String path, boolean staffOnly, Page page) {
        app.addHttpHandler(method, path, ctx -> {
            Optional<WebSession> s = sessions.current(ctx);
            if (s.isEmpty()) {
                if (method == HandlerType.GET) {
                    ctx.redirect("/app/login");
                } else {
                    ctx.status(401).contentType("text/plain; charset=utf-8").result("Sign in first.");
                }
                return;
            }
            WebSession session = s.get();
            if (!tokens.active(session.tokenId())) {
                // The token was revoked: its sessions end with it, on the next request.
                sessions.close(ctx);
                audit.record(new Caller("token:" + session.tokenId(), session.role(), session.patientId(), ctx.ip()),
                        "web.session", null, "denied", "token revoked");
                if (method == HandlerType.GET) {
                    ctx.redirect("/app/login");
                } else {
                    ctx.status(401).contentType("text/plain; charset=utf-8").result("Sign in first.");
                }
                return;
            }
            Caller caller = new Caller("token:" + session.tokenId(), session.role(), session.patientId(), ctx.ip());
            if (!PathParams.valid(ctx)) {
                Layout.send(ctx, 404, "Not found", session, new Html().el("h1", "Not found")
                        .el("p", "No record has an id like the one in this address."));
                return;
            }
            if (method == HandlerType.POST) {
                if (!FormBody.readable(ctx)) {
                    FormBody.reject(ctx);
                    return;
                }
                String sent = ctx.formParam("csrf") != null ? ctx.formParam("csrf") : ctx.header("X-CSRF-Token");
                if (!Sessions.sameSecret(sent, session.csrf())) {
                    audit.record(caller, "web.csrf", null, "denied", path);
                    ctx.status(403).contentType("text/plain; charset=utf-8").result("The form has expired. Reload the page and try again.");
                    return;
                }
            }
            String id = path.contains("{id}") ? ctx.pathParam("id") : null;
            boolean allowed = session.role() != Role.PATIENT || (!staffOnly && id != null && id.equals(session.patientId()));
            if (!allowed) {
                audit.record(caller, "web.page", id, "denied", path);
                Layout.send(ctx, 403, "Not allowed", session, new Html().el("h1", "Not allowed")
                        .el("p", "Your sign-in gives access to your own record only."));
                return;
            }
            page.handle(ctx, session, caller);
        });
    }

    private void loginForm(Context ctx) {
        loginPage(ctx, 200, null);
    }

    private void loginPage(Context ctx, int status, String error) {
        Html h = new Html();
        h.el("h1", "Sign in");
        h.el("p", "Sign in with the API token your administrator gave you.");
        h.open("form", "method", "post", "action", "/app/login", "class", "form");
        h.empty("input", "type", "hidden", "name", "csrf", "value", sessions.loginCsrf(ctx));
        h.open("div", "class", "field");
        h.el("label", "API token", "for", "token");
        h.empty("input", "type", "password", "id", "token", "name", "token", "autocomplete", "current-password",
                "required", "required", "aria-describedby", error == null ? null : "token-error",
                "aria-invalid", error == null ? null : "true");
        if (error != null) {
            h.el("p", error, "id", "token-error", "class", "error");
        }
        h.close("div");
        h.el("button", "Sign in", "type", "submit");
        h.close("form");
        Layout.send(ctx, status, "Sign in", null, h);
    }

    private void login(Context ctx) {
        if (!FormBody.readable(ctx)) {
            FormBody.reject(ctx);
            return;
        }
        if (!Sessions.sameSecret(ctx.formParam("csrf"), ctx.cookie(Sessions.LOGIN_COOKIE))) {
            loginPage(ctx, 403, "The sign-in form expired. Please try again.");
            return;
        }
        long wait = throttle.retryAfterSeconds(ctx.ip());
        if (wait > 0) {
            audit.record(new Caller("anonymous", Role.CLINICIAN, null, ctx.ip()), "web.login", null, "throttled");
            ctx.header("Retry-After", Long.toString(wait));
            loginPage(ctx, 429, "Too many failed sign-ins came from this address. Try again in "
                    + Math.max(1, (wait + 59) / 60) + " minutes.");
            return;
        }
        String token = ctx.formParam("token");
        Optional<ApiToken> t = token == null || token.isBlank() ? Optional.empty() : tokens.find(token.trim());
        if (t.isEmpty()) {
            throttle.failed(ctx.ip());
            audit.record(new Caller("anonymous", Role.CLINICIAN, null, ctx.ip()), "web.login", null, "denied");
            loginPage(ctx, 401, "This token is unknown or has been revoked.");
            return;
        }
        WebSession s = sessions.open(ctx, t.get());
        audit.record(new Caller("token:" + s.tokenId(), s.role(), s.patientId(), ctx.ip()), "web.login", null, "ok");
        ctx.redirect(s.role() == Role.PATIENT ? "/app/patients/" + s.patientId() : "/app/patients");
    }

    static String resource(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server's resources");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** htmx from its WebJar (the npm package republished on Maven Central); the version is the pom's. */
    private static String htmx() {
        return resource("/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js");
    }
}
