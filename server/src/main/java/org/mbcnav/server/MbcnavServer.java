package org.mbcnav.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mbcnav.io.InputException;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.server.api.Access;
import org.mbcnav.server.api.AdminRoutes;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.api.KnowledgeRoutes;
import org.mbcnav.server.api.Metrics;
import org.mbcnav.server.api.NativePatientSource;
import org.mbcnav.server.api.PatientRoutes;
import org.mbcnav.server.api.PatientSources;
import org.mbcnav.server.api.PlanRoutes;
import org.mbcnav.server.api.ProblemBody;
import org.mbcnav.server.api.ProblemErrorHandler;
import org.mbcnav.server.api.Route;
import org.mbcnav.server.api.TokenAuth;
import org.mbcnav.server.cds.CardFactory;
import org.mbcnav.server.cds.CdsRoutes;
import org.mbcnav.server.cds.FhirFetcher;
import org.mbcnav.server.cds.JwksCache;
import org.mbcnav.server.cds.JwtVerifier;
import org.mbcnav.server.course.CourseRoutes;
import org.mbcnav.server.course.CourseService;
import org.mbcnav.server.guard.PathParams;
import org.mbcnav.server.guard.RequestLimits;
import org.mbcnav.server.guard.SecurityHeaders;
import org.mbcnav.server.guard.SignInThrottle;
import org.mbcnav.store.AuditLog;
import org.mbcnav.store.CourseStore;
import org.mbcnav.store.Database;
import org.mbcnav.store.DatabaseUnavailable;
import org.mbcnav.store.FeedbackStore;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.PlanStore;
import org.mbcnav.store.ReplayGuard;
import org.mbcnav.store.TokenStore;

/**
 * The MBC Navigator service: REST API, CDS Hooks, health and metrics over one database. It keeps
 * no state of its own beyond caches of immutable values, so several servers can share one
 * PostgreSQL database behind a load balancer.
 */
public final class MbcnavServer implements AutoCloseable {
    /** Public endpoints: no token. They reveal no patient data. */
    public static final List<String> PUBLIC_PATHS = List.of("GET /health/live", "GET /health/ready", "GET /metrics",
            "GET /openapi.json");

    /** Retry-After of a 503 while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ServerConfig config;
    private final Database db;
    private final AuditLog auditLog;
    private final ReplayGuard replays;
    private final TokenStore tokens;
    private final PatientStore patients;
    private final List<Route> routes;
    private final Metrics metrics = new Metrics();
    private final ScheduledExecutorService housekeeping;
    private final Javalin app;
    private final String firstAdminToken;

    private MbcnavServer(ServerConfig config, Knowledge knowledge) {
        this.config = config;
        this.db = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), config.clock());
        this.auditLog = new AuditLog(db);
        this.replays = new ReplayGuard(db);
        this.tokens = new TokenStore(db);
        this.patients = new PatientStore(db);
        this.firstAdminToken = tokens.any() ? null : tokens.issue("admin", null, "first admin").token();

        Audit audit = new Audit(auditLog);
        Access access = new Access(audit);
        SignInThrottle throttle = new SignInThrottle(config.clock());
        TokenAuth auth = new TokenAuth(tokens, throttle, audit);
        // FHIR Bundles (mCODE) and native JSON/YAML, told apart by content.
        Clinical clinical = new Clinical(knowledge, new PatientSources(List.of(new org.mbcnav.server.web.FhirPatientSource(knowledge),
                new NativePatientSource(knowledge.drugs().keySet()))), trialSet(config, knowledge));
        PlanStore plans = new PlanStore(db);
        FeedbackStore feedback = new FeedbackStore(db);
        List<Route> all = new ArrayList<>();
        all.addAll(new PatientRoutes(patients, clinical, audit, access, config.clock()).routes());
        all.addAll(new PlanRoutes(patients, plans, clinical, audit, access, config.clock()).routes());
        all.addAll(new KnowledgeRoutes(knowledge).routes());
        all.addAll(new AdminRoutes(tokens, auth, audit, feedback).routes());
        org.mbcnav.model.course.knowledge.CourseKnowledge courseRules = courseRules(config, knowledge);
        CourseService courses = new CourseService(courseRules, patients, new CourseStore(db), plans, clinical, audit,
                config.clock());
        all.addAll(new CourseRoutes(courses, audit, access).routes());
        this.routes = List.copyOf(all);

        RequestLimits limits = new RequestLimits(config.maxBodyBytes());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            limits.configure(cfg);
            cfg.http.defaultContentType = "application/json";
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new ProblemErrorHandler());
            });
        });
        app.before(ctx -> ctx.attribute("t0", System.nanoTime()));
        SecurityHeaders.register(app);
        limits.register(app);
        app.after(ctx -> {
            Long t0 = ctx.attribute("t0");
            if (t0 != null) {
                String route = ctx.endpointHandlerPath();
                metrics.request(ctx.method().name(), route.isEmpty() || route.equals("*") ? "unmatched" : route,
                        ctx.statusCode(), System.nanoTime() - t0);
            }
        });
        for (Route r : routes) {
            app.addHttpHandler(r.method(), r.path(), ctx -> {
                Caller caller = auth.require(ctx);
                if (!r.roles().contains(caller.role())) {
                    throw ApiProblem.forbidden("the " + caller.role().wire() + " role may not use this endpoint");
                }
                if (!PathParams.valid(ctx)) {
                    throw ApiProblem.notFound("no record has an id like the one in this path");
                }
                r.action().handle(ctx, caller);
            });
        }
        new org.mbcnav.server.web.WebApp(knowledge, config.knowledgeDir(), clinical, patients, plans, courses, tokens,
                throttle, audit, config.clock()).register(app);
        String base = config.publicBaseUrl() != null ? config.publicBaseUrl() : "http://localhost:" + config.port();
        String web = config.webAppUrl() != null ? config.webAppUrl() : base;
        JwtVerifier jwt = new JwtVerifier(config.trustedIssuers(), new JwksCache(config.clock()),
                replays::firstUse, config.clock());
        new CdsRoutes(jwt, base, patients, clinical, new CardFactory(knowledge, web),
                new FhirFetcher(config.fhirDeadline()), config.fhirDeadline(), feedback, audit, metrics, config.clock(),
                courseRules == null ? null : courseRules.tracking(), courses)
                .register(app);

        app.get("/health/live", ctx -> Json.send(ctx, 200, Map.of("status", "up")));
        app.get("/health/ready", ctx -> {
            boolean up = db.ready(2);
            if (!up) {
                ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            }
            Json.send(ctx, up ? 200 : 503, Map.of("status", up ? "up" : "down", "database", db.kind(),
                    "knowledgeVersion", knowledge.release().version()));
        });
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.render(db.ready(2))));
        String openapi = resource("/openapi.json");
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));

        app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
        app.exception(DatabaseUnavailable.class, (e, ctx) -> {
            // Expected to pass (the pool reconnects by itself): tell the client when to try again.
            org.slf4j.LoggerFactory.getLogger(MbcnavServer.class).warn("database unavailable: {} {}",
                    ctx.method(), ctx.endpointHandlerPath());
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            problem(ctx, ApiProblem.of(503, "unavailable", "Service unavailable",
                    "the database is not reachable; try again in " + RETRY_AFTER_SECONDS + " seconds"));
        });
        // Javalin answers a path no route matches with a NotFoundResponse. A route that finds no
        // patient, plan or entry sends its own 404 (a problem, or an HTML page in the web app).
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus() == 404
                ? ApiProblem.notFound("no endpoint " + ctx.method() + " " + ctx.path())
                : ApiProblem.of(e.getStatus(), e.getStatus() == 413 ? "too-large" : "http-" + e.getStatus(),
                        title(e.getStatus()), limitMessage(e))));
        app.exception(Exception.class, (e, ctx) -> {
            // Only the exception's class reaches the log: messages may quote patient data.
            org.slf4j.LoggerFactory.getLogger(MbcnavServer.class).error("request failed: {} {} -> {}",
                    ctx.method(), ctx.endpointHandlerPath(), e.getClass().getName());
            problem(ctx, ApiProblem.of(500, "internal", "Internal error",
                    "the server could not complete the request; it has been logged without patient data"));
        });
        app.error(405, ctx -> problem(ctx, ApiProblem.of(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path())));

        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("housekeeping").unstarted(r));
        housekeeping.scheduleWithFixedDelay(this::purge, 0, 1, TimeUnit.HOURS);
    }

    private String limitMessage(HttpResponseException e) {
        return e.getStatus() == 413 ? "the request body is larger than the limit of " + config.maxBodyBytes() + " bytes"
                : title(e.getStatus());
    }

    private static String title(int status) {
        return switch (status) {
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            default -> "Request failed";
        };
    }

    private static void problem(Context ctx, ApiProblem p) {
        ctx.status(p.status()).contentType(Json.PROBLEM).result(Json.write(ProblemBody.of(p, ctx.path())));
    }

    private void purge() {
        try {
            patients.purgeDeleted(config.retention());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MbcnavServer.class).warn("purge of deleted patients failed: {}",
                    e.getClass().getName());
        }
    }

    private static String resource(String name) {
        try (InputStream in = MbcnavServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default clinical-trial set (knowledge/trials), matched into every plan; none when absent. */
    private static org.mbcnav.trials.TrialSet trialSet(ServerConfig config, Knowledge k) {
        if (!java.nio.file.Files.isDirectory(config.knowledgeDir().resolve("trials"))) {
            return null;
        }
        try {
            return new org.mbcnav.trials.read.TrialSetLoader(config.knowledgeDir(), k).load(null);
        } catch (InputException e) {
            throw new IllegalStateException("knowledge/trials is invalid: " + e.getMessage(), e);
        }
    }

    /** The course-tracking rules (RECIST, CTCAE, dose tables, re-planning, monitoring windows); none when knowledge/course is absent. */
    private static org.mbcnav.model.course.knowledge.CourseKnowledge courseRules(ServerConfig config, Knowledge k) {
        if (!java.nio.file.Files.isDirectory(config.knowledgeDir().resolve("course"))) {
            return null;
        }
        try {
            return new org.mbcnav.kb.CourseKnowledgeLoader().load(config.knowledgeDir(), k);
        } catch (InputException e) {
            throw new IllegalStateException("knowledge/course is invalid: " + e.getMessage(), e);
        }
    }

    /** Loads the knowledge base, opens and migrates the database, and starts listening. */
    public static MbcnavServer start(ServerConfig config) throws InputException {
        Knowledge k = new KnowledgeLoader().load(config.knowledgeDir());
        MbcnavServer s = new MbcnavServer(config, k);
        try {
            s.app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public int port() {
        return app.port();
    }

    public List<Route> routes() {
        return routes;
    }

    public String databaseKind() {
        return db.kind();
    }

    /** The admin token made at the very first start (empty afterwards): shown once, never stored. */
    public Optional<String> firstAdminToken() {
        return Optional.ofNullable(firstAdminToken);
    }

    @Override
    public void close() {
        app.stop();
        housekeeping.shutdownNow();
        auditLog.close();
        replays.close();
        db.close();
    }
}
