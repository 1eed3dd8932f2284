package org.mbcnav.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.engine.course.AdverseEventAssessment;
import org.mbcnav.engine.course.BestOverallResponse;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseStatus;
import org.mbcnav.engine.course.DoseProposal;
import org.mbcnav.engine.course.ScheduledCheck;
import org.mbcnav.engine.course.TimePointResponse;
import org.mbcnav.engine.course.TimelineEntry;
import org.mbcnav.report.CourseCalendar;
import org.mbcnav.report.Html;
import org.mbcnav.report.TimelineSvg;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.course.CourseService;
import org.mbcnav.store.StoredPlan;

/**
 * The course page of a patient: where the course stands (line, responses, toxicities with dose
 * advice), monitoring with overdue items highlighted, the timeline of every event and plan
 * change, and forms to record a scan, an adverse event, a ctDNA result, progression, the start or
 * stop of a regimen or a dose change. Events go
 * through the same CourseService as the REST API; a refused event is shown again with each
 * problem next to its field, and nothing is stored.
 */
final class CoursePages {
    private final CourseService courses;
    private final Audit audit;
    private final List<CourseForms.Form> forms;

    CoursePages(CourseService courses, Audit audit) {
        this.courses = courses;
        this.audit = audit;
        this.forms = CourseForms.forms(courses.rules() == null ? List.of() : courses.rules().ctcae().terms(),
                courses.drugNames());
    }

    /** The event type of each form; each is posted to /app/patients/{id}/course/{type}. */
    List<String> formTypes() {
        return forms.stream().map(CourseForms.Form::type).toList();
    }

    void show(Context ctx, WebSession s, Caller c) {
        render(ctx, s, c, 200, null, Map.of(), Map.of(), List.of());
    }

    void record(Context ctx, WebSession s, Caller c, String type) {
        CourseForms.Form form = forms.stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow();
        String key = form.key();
        Map<String, String> values = CourseForms.values(form, ctx::formParams);
        String id = ctx.pathParam("id");
        try {
            CourseService.Appended a = courses.append(c, id, Json.write(CourseForms.event(form, values)), form.type(), null);
            ctx.redirect("/app/patients/" + id + "/course?recorded=" + a.event().seq() + "#event-" + a.event().seq(),
                    io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ApiProblem e) {
            if (e.status() == 404 || e.status() == 503) {
                fail(ctx, s, e);
                return;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> other = new ArrayList<>();
            if (e.errors().isEmpty()) {
                other.add(e.getMessage());
            }
            for (ApiProblem.FieldError err : e.errors()) {
                String input = CourseForms.inputFor(form, err.pointer());
                if (input == null) {
                    other.add(err.message());
                } else {
                    errors.merge(input, err.message(), (x, y) -> x + "; " + y);
                }
            }
            render(ctx, s, c, e.status(), key, values, errors, other);
        }
    }

    void ics(Context ctx, WebSession s, Caller c) {
        String id = ctx.pathParam("id");
        CourseService.Loaded loaded;
        try {
            loaded = courses.load(c, "web.course.ics", id);
        } catch (ApiProblem e) {
            fail(ctx, s, e);
            return;
        }
        CourseReplay replay = courses.replay(loaded, courses.today());
        audit.record(c, "web.course.ics", id, "ok", "version=" + loaded.version());
        ctx.header("Content-Disposition", "attachment; filename=\"" + PatientPages.safe(id) + "-course-monitoring.ics\"");
        ctx.contentType("text/calendar; charset=utf-8").result(CourseCalendar.ics(id, replay.status(), replay.asOf())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Scans with their response and toxicities with their grade, for the patient's timeline picture. */
    static List<TimelineSvg.Mark> marks(CourseReplay replay) {
        List<TimelineSvg.Mark> out = new ArrayList<>();
        for (TimelineEntry t : replay.timeline()) {
            if (t.response() != null) {
                out.add(new TimelineSvg.Mark(t.date(), "Scans", "RECIST " + t.response().overall().label()));
            } else if ("scan".equals(t.kind())) {
                out.add(new TimelineSvg.Mark(t.date(), "Scans", t.headline()));
            }
            if (t.adverseEvent() != null) {
                out.add(new TimelineSvg.Mark(t.date(), "Toxicity", t.adverseEvent().term() + " grade " + t.adverseEvent().grade()));
            }
        }
        return out;
    }

    private void fail(Context ctx, WebSession s, ApiProblem e) {
        Layout.send(ctx, e.status(), e.title(), s, new Html().el("h1", e.title()).el("p", e.getMessage()));
    }

    private void render(Context ctx, WebSession s, Caller c, int status, String formKey, Map<String, String> values,
                        Map<String, String> errors, List<String> other) {
        String id = ctx.pathParam("id");
        CourseService.Loaded loaded;
        CourseReplay replay;
        try {
            loaded = courses.load(c, "web.course.view", id);
            replay = courses.replay(loaded, courses.today());
        } catch (ApiProblem e) {
            fail(ctx, s, e);
            return;
        }
        Map<Integer, List<StoredPlan>> replans = courses.replans(id);
        audit.record(c, "web.course.view", id, "ok", "version=" + loaded.version());
        String base = "/app/patients/" + id;
        Html h = new Html();
        h.el("h1", "Course of treatment: " + id);
        h.el("p", "Course version " + loaded.version() + ", replayed from record version " + loaded.patientVersion()
                + " as of " + replay.asOf() + (loaded.start() == null ? "" : "; the course starts at the metastatic diagnosis on "
                + loaded.start()) + ".", "class", "muted");
        h.open("nav", "aria-label", "Course actions", "class", "actions");
        h.el("a", "Back to the patient", "href", base);
        h.el("a", "Plan history", "href", base + "/history");
        h.el("a", "Course monitoring calendar (.ics)", "href", base + "/course/monitoring.ics");
        h.el("a", "Record an event", "href", "#record");
        h.close("nav");
        recorded(h, ctx.queryParam("recorded"), replay);
        if (!replay.problems().isEmpty()) {
            h.open("div", "class", "error-summary", "role", "region", "aria-label", "Problems in the course");
            h.el("h2", "Problems in the recorded course");
            h.open("ul");
            replay.problems().forEach(p -> h.el("li", "Event " + p.eventIndex() + ": " + p.message()));
            h.close("ul").close("div");
        }
        standing(h, replay.status());
        monitoring(h, replay.status(), base);
        timeline(h, replay, replans, base);
        h.el("h2", "Record an event", "id", "record");
        h.el("p", "Each event is checked (dates, drugs, grades, RECIST lesion rules) before it is stored; a refused event"
                + " is not stored and its problems are shown next to the fields.");
        for (CourseForms.Form f : forms) {
            boolean mine = f.key().equals(formKey);
            h.append(CourseForms.render(f, base + "/course/" + f.type(), s.csrf(), mine ? values : Map.of(),
                    mine ? errors : Map.of(), mine ? other : List.of()));
        }
        Layout.send(ctx, status, "Course " + id, s, h);
    }

    private static void recorded(Html h, String seqParam, CourseReplay replay) {
        if (seqParam == null || !seqParam.matches("\\d{1,6}")) {
            return;
        }
        int seq = Integer.parseInt(seqParam);
        h.open("div", "class", "notice", "role", "status");
        h.el("p", "Event " + seq + " recorded.");
        h.open("ul");
        replay.timeline().stream().filter(t -> t.eventIndex() == seq).forEach(t -> h.el("li", t.date() + ": " + t.headline()));
        h.close("ul").close("div");
    }

    private static void standing(Html h, CourseStatus st) {
        h.el("h2", "Where the course stands");
        if (st.drugs().isEmpty()) {
            h.el("p", "No regimen is running.");
        } else {
            h.el("p", "Line " + st.line() + " since " + st.lineStart() + ": " + String.join(" + ", st.drugs()) + ".");
            if (!st.doses().isEmpty()) {
                h.open("ul");
                st.doses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(d -> h.el("li", d.getKey() + ": " + d.getValue()));
                h.close("ul");
            }
            BestOverallResponse best = st.bestResponse();
            if (best != null) {
                h.open("details").el("summary", "Best overall response so far: " + best.label());
                h.open("ul");
                best.trace().forEach(t -> h.el("li", t));
                h.close("ul").close("details");
            }
        }
        h.el("h3", "Toxicities of the running line");
        if (st.adverseEvents().isEmpty()) {
            h.el("p", "None recorded.");
            return;
        }
        h.open("table").el("caption", "Adverse events with the label's dose advice").open("thead").open("tr")
                .el("th", "Date", "scope", "col").el("th", "Toxicity", "scope", "col").el("th", "Dose advice", "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (AdverseEventAssessment a : st.adverseEvents()) {
            h.open("tr").el("td", a.date()).el("td", a.term() + " grade " + a.grade() + " (" + a.gradeBasis() + ")");
            h.open("td");
            proposals(h, a);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void proposals(Html h, AdverseEventAssessment a) {
        if (a.proposals().isEmpty()) {
            h.text("no dose proposal");
            return;
        }
        h.open("ul");
        for (DoseProposal p : a.proposals()) {
            h.el("li", p.text() + (p.sources().isEmpty() ? "" : " [source: " + String.join(", ", p.sources()) + "]"));
        }
        h.close("ul");
    }

    private static void monitoring(Html h, CourseStatus st, String base) {
        h.el("h2", "Monitoring", "id", "monitoring");
        List<ScheduledCheck> overdue = st.overdue().stream().filter(x -> "overdue".equals(x.status())).toList();
        List<ScheduledCheck> due = st.overdue().stream().filter(x -> "due".equals(x.status())).toList();
        if (overdue.isEmpty() && due.isEmpty()) {
            h.el("p", st.drugs().isEmpty() ? "No regimen is running: nothing is scheduled." : "Nothing is overdue or due.");
        }
        if (!overdue.isEmpty()) {
            h.open("ul", "class", "overdue-list", "aria-label", "Overdue monitoring");
            for (ScheduledCheck x : overdue) {
                h.open("li", "class", "overdue").el("strong", "Overdue: ").text(x.title() + " (due " + x.due() + ")"
                        + (x.missedEarlier() > 0 ? "; " + x.missedEarlier() + " earlier date(s) without a record" : ""))
                        .close("li");
            }
            h.close("ul");
        }
        if (!due.isEmpty()) {
            h.open("ul", "aria-label", "Due monitoring");
            due.forEach(x -> h.open("li", "class", "due").el("strong", "Due: ").text(x.title() + " (" + x.due() + ")").close("li"));
            h.close("ul");
        }
        Map<String, ScheduledCheck> next = new LinkedHashMap<>();
        st.upcoming().forEach(x -> next.putIfAbsent(x.id(), x));
        if (!next.isEmpty()) {
            h.el("h3", "Coming");
            h.open("ul");
            next.values().forEach(x -> h.el("li", x.due() + ": " + x.title()));
            h.close("ul");
        }
    }

    private static void timeline(Html h, CourseReplay replay, Map<Integer, List<StoredPlan>> replans, String base) {
        h.el("h2", "Timeline", "id", "timeline");
        LocalDate asOf = replay.asOf();
        h.append(TimelineSvg.render(replay.patient(), asOf, marks(replay)));
        h.open("ol", "class", "course-timeline", "aria-label", "Course events and plan changes");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (TimelineEntry t : replay.timeline()) {
            String anchor = t.eventIndex() < 0 ? null : "event-" + t.eventIndex();
            while (anchor != null && !ids.add(anchor)) {
                anchor += "-more";
            }
            h.open("li", "class", "entry kind-" + t.kind(), "id", anchor);
            h.open("p").el("time", t.date(), "datetime", t.date().toString()).text(" ").el("span", t.kind(), "class", "kind")
                    .text(" ").el("strong", t.headline()).close("p");
            TimePointResponse r = t.response();
            if (r != null) {
                h.el("p", "RECIST 1.1: " + r.overall().label() + " (target " + label(r.target()) + ", non-target "
                        + label(r.nonTarget()) + (r.newLesions() == null ? "" : ", new lesions " + r.newLesions())
                        + (r.sumMm() == null ? "" : "; sum " + r.sumMm().toPlainString() + " mm") + ")");
            }
            if (t.adverseEvent() != null) {
                h.open("div", "class", "advice").el("p", "Dose advice:");
                proposals(h, t.adverseEvent());
                h.close("div");
            }
            if (t.replan() != null) {
                h.el("p", "Plan changed: " + t.replan().trigger(), "class", "plan-change");
                h.open("ul", "aria-label", "What changed");
                t.details().forEach(d -> h.el("li", d, "class", d.startsWith("+") ? "added" : d.startsWith("-") ? "removed" : null));
                h.close("ul");
                if (replans.containsKey(t.eventIndex())) {
                    h.open("p").el("a", "Saved in the plan history", "href", base + "/history").close("p");
                }
            } else if (!t.details().isEmpty()) {
                h.open("details").el("summary", "Why");
                h.open("ul");
                t.details().forEach(d -> h.el("li", d));
                h.close("ul").close("details");
            }
            h.close("li");
        }
        h.close("ol");
    }

    /** Response codes as clinicians write them: "PR", "non-CR/non-PD", "not all evaluated". */
    private static String label(Enum<?> o) {
        if (o == null) {
            return "not evaluated";
        }
        String n = o.name();
        return n.equals("NON_CR_NON_PD") ? "non-CR/non-PD" : n.length() <= 2 ? n : n.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
