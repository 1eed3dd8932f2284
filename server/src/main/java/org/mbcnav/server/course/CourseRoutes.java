package org.mbcnav.server.course;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.model.course.EventType;
import org.mbcnav.report.CourseCalendar;
import org.mbcnav.server.api.Access;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.api.Params;
import org.mbcnav.server.api.Route;

/**
 * /api/patients/{id}/course: record course events (one endpoint per kind, and one for any
 * course-file event), read the status, the timeline with every plan change, and the monitoring
 * calendar. Writes are for staff; a patient token reads its own course.
 */
public final class CourseRoutes {
    private static final String BASE = "/api/patients/{id}/course";

    private final CourseService courses;
    private final Audit audit;
    private final Access access;

    public CourseRoutes(CourseService courses, Audit audit, Access access) {
        this.courses = courses;
        this.audit = audit;
        this.access = access;
    }

    public List<Route> routes() {
        return List.of(
                new Route(GET, BASE, Route.STAFF_AND_PATIENT, this::status),
                new Route(GET, BASE + "/timeline", Route.STAFF_AND_PATIENT, this::timeline),
                new Route(GET, BASE + "/monitoring.ics", Route.STAFF_AND_PATIENT, this::ics),
                new Route(POST, BASE + "/events", Route.STAFF, (ctx, c) -> record(ctx, c, null)),
                new Route(POST, BASE + "/scans", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.SCAN)),
                new Route(POST, BASE + "/adverse-events", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.ADVERSE_EVENT)),
                new Route(POST, BASE + "/ctdna", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.CTDNA)),
                new Route(POST, BASE + "/progression", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.PROGRESSION)),
                new Route(POST, BASE + "/treatment-starts", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.TREATMENT_START)),
                new Route(POST, BASE + "/treatment-stops", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.TREATMENT_STOP)),
                new Route(POST, BASE + "/dose-changes", Route.STAFF, (ctx, c) -> record(ctx, c, EventType.DOSE_CHANGE)));
    }

    private void record(Context ctx, Caller caller, EventType type) {
        String id = ctx.pathParam("id");
        String media = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (!(media.equals("application/json") || media.endsWith("+json") || media.contains("yaml"))) {
            audit.record(caller, "course.event.create", id, "invalid");
            throw ApiProblem.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the event as application/json or application/yaml (got '" + media + "')");
        }
        if (ctx.body().isBlank()) {
            audit.record(caller, "course.event.create", id, "invalid");
            throw ApiProblem.badRequest("", "the request body is empty; a course event is expected");
        }
        CourseService.Appended a = courses.append(caller, id, ctx.body(), type == null ? null : type.code(), Params.ifMatch(ctx, "the course version"));
        ctx.header("Location", "/api/patients/" + id + "/course/timeline");
        ctx.header("ETag", "\"" + a.courseVersion() + "\"");
        Json.send(ctx, 201, CourseViews.recorded(a));
    }

    private void status(Context ctx, Caller caller) {
        Read r = read(ctx, caller, "course.read");
        ctx.header("ETag", "\"" + r.loaded().version() + "\"");
        Json.send(ctx, 200, CourseViews.status(r.loaded(), r.replay(), courses.replans(r.loaded().patient().id())));
    }

    private void timeline(Context ctx, Caller caller) {
        Read r = read(ctx, caller, "course.timeline");
        ctx.header("ETag", "\"" + r.loaded().version() + "\"");
        Json.send(ctx, 200, CourseViews.timeline(r.loaded(), r.replay(), courses.replans(r.loaded().patient().id())));
    }

    private void ics(Context ctx, Caller caller) {
        Read r = read(ctx, caller, "course.ics");
        String id = r.loaded().patient().id();
        ctx.header("Content-Disposition", "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_")
                + "-course-monitoring.ics\"");
        ctx.contentType("text/calendar; charset=utf-8").result(CourseCalendar.ics(id, r.replay().status(), r.replay().asOf())
                .getBytes(StandardCharsets.UTF_8));
    }

    private record Read(CourseService.Loaded loaded, CourseReplay replay) {
    }

    /** Loads and replays the course for a read, audited as action (the outcome ok only when it succeeds). */
    private Read read(Context ctx, Caller caller, String action) {
        String id = ctx.pathParam("id");
        access.requirePatient(caller, action, id);
        LocalDate today = courses.today();
        LocalDate asOf = ctx.queryParam("asOf") == null ? today : Params.date(ctx.queryParam("asOf"), "asOf");
        if (asOf.isAfter(today)) {
            throw ApiProblem.badRequest("asOf", "asOf must not be after today (" + today + ")");
        }
        CourseService.Loaded loaded = courses.load(caller, action, id);
        CourseReplay replay = courses.replay(loaded, asOf);
        audit.record(caller, action, id, "ok", "version=" + loaded.version() + " asOf=" + asOf);
        return new Read(loaded, replay);
    }
}
