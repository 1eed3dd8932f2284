package org.mbcnav.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mbcnav.engine.Planning;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.report.ClinicianReport;
import org.mbcnav.report.Html;
import org.mbcnav.report.MonitoringCalendar;
import org.mbcnav.report.PdfRenderer;
import org.mbcnav.report.TimelineSvg;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Role;
import org.mbcnav.server.course.CourseService;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.StoredPatient;

/** The patient list with search, the patient page (timeline and plan), the calendar and the reports. */
final class PatientPages {
    private final PatientStore patients;
    private final Clinical clinical;
    private final CourseService courses;
    private final Reports reports;
    private final Audit audit;
    private final Clock clock;

    PatientPages(PatientStore patients, Clinical clinical, CourseService courses, Reports reports, Audit audit, Clock clock) {
        this.patients = patients;
        this.courses = courses;
        this.clinical = clinical;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    void list(Context ctx, WebSession s, Caller c) {
        String q = ctx.queryParam("q");
        Html h = new Html();
        h.el("h1", "Patients");
        h.open("form", "method", "get", "action", "/app/patients", "role", "search", "class", "search");
        h.el("label", "Search by id or any recorded text", "for", "q");
        h.empty("input", "type", "search", "id", "q", "name", "q", "value", q, "hx-get", "/app/patients/rows",
                "hx-trigger", "input changed delay:300ms, search", "hx-target", "#rows", "hx-push-url", "false",
                "autocomplete", "off");
        h.el("button", "Search", "type", "submit");
        h.close("form");
        h.open("table").el("caption", "Current patients").open("thead").open("tr").el("th", "Patient", "scope", "col")
                .el("th", "Version", "scope", "col").el("th", "Updated", "scope", "col").close("tr").close("thead");
        h.open("tbody", "id", "rows", "aria-live", "polite").append(rows(q, c)).close("tbody").close("table");
        Layout.send(ctx, 200, "Patients", s, h);
    }

    void rows(Context ctx, WebSession s, Caller c) {
        ctx.contentType("text/html; charset=utf-8").result(rows(ctx.queryParam("q"), c).toString());
    }

    private Html rows(String q, Caller c) {
        List<StoredPatient> found = patients.search(q, 100, 0);
        audit.record(c, "web.patient.search", null, "ok", "results=" + found.size());
        Html h = new Html();
        if (found.isEmpty()) {
            h.open("tr").el("td", "No patient matches.", "colspan", "3").close("tr");
        }
        for (StoredPatient p : found) {
            h.open("tr").open("td").el("a", p.id(), "href", "/app/patients/" + p.id()).close("td")
                    .el("td", p.version()).el("td", p.updatedAt()).close("tr");
        }
        return h;
    }

    void show(Context ctx, WebSession s, Caller c) {
        StoredPatient stored = stored(ctx, c, "web.patient.view");
        if (stored == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Html h = new Html();
        Planning planning;
        Patient patient;
        try {
            patient = clinical.read(stored, today);
            planning = clinical.planning(stored, today);
        } catch (ApiProblem e) {
            audit.record(c, "web.patient.view", stored.id(), "invalid");
            h.el("h1", "Patient " + stored.id());
            h.el("p", "This record cannot be planned: " + e.getMessage(), "class", "error");
            h.open("ul");
            e.errors().forEach(err -> h.el("li", (err.pointer() == null || err.pointer().isEmpty() ? "" : err.pointer() + ": ")
                    + err.message()));
            h.close("ul");
            if (s.role() != Role.PATIENT) {
                h.el("a", "Edit the record", "href", "/app/patients/" + stored.id() + "/edit");
            }
            Layout.send(ctx, 422, "Patient " + stored.id(), s, h);
            return;
        }
        Plan plan = planning.plan();
        audit.record(c, "web.patient.view", stored.id(), "ok", "version=" + stored.version());
        String base = "/app/patients/" + stored.id();
        if (s.role() == Role.PATIENT) {
            h.append(reports.patient.body(plan));
            h.open("p").el("a", "Download as PDF", "href", base + "/report?audience=patient&format=pdf").text(" ")
                    .el("a", "Add check-ups to your calendar (.ics)", "href", base + "/monitoring.ics").close("p");
            Layout.send(ctx, 200, "Your plan", s, h);
            return;
        }
        h.el("h1", "Patient " + stored.id());
        h.el("p", "Record version " + stored.version() + ", plan as of " + plan.asOf() + ", knowledge "
                + plan.knowledgeVersion() + ".", "class", "muted");
        h.open("nav", "aria-label", "Patient actions", "class", "actions");
        h.el("a", "Edit record", "href", base + "/edit");
        h.el("a", "Plan history", "href", base + "/history");
        h.el("a", "Course of treatment", "href", base + "/course");
        h.el("a", "Monitoring calendar (.ics)", "href", base + "/monitoring.ics");
        h.el("a", "Patient report (HTML)", "href", base + "/report?audience=patient&format=html");
        h.el("a", "Patient report (PDF)", "href", base + "/report?audience=patient&format=pdf");
        h.el("a", "Clinician report (PDF)", "href", base + "/report?audience=clinician&format=pdf");
        h.close("nav");
        ClinicianReport.disclaimer(h, plan);
        h.el("h2", "Timeline", "id", "timeline");
        h.append(TimelineSvg.render(patient, today, courseMarks(stored, today)));
        reports.clinician.all(h, plan);
        Layout.send(ctx, 200, "Patient " + stored.id(), s, h);
    }

    void ics(Context ctx, WebSession s, Caller c) {
        StoredPatient stored = stored(ctx, c, "web.monitoring.ics");
        if (stored == null) {
            return;
        }
        Plan plan = clinical.planning(stored, LocalDate.now(clock)).plan();
        audit.record(c, "web.monitoring.ics", stored.id(), "ok");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe(stored.id()) + "-monitoring.ics\"");
        ctx.contentType("text/calendar; charset=utf-8").result(MonitoringCalendar.ics(plan).getBytes(StandardCharsets.UTF_8));
    }

    void report(Context ctx, WebSession s, Caller c) {
        String audience = ctx.queryParamAsClass("audience", String.class).getOrDefault("patient");
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("html");
        if (!List.of("patient", "clinician").contains(audience) || !List.of("html", "pdf").contains(format)
                || (s.role() == Role.PATIENT && audience.equals("clinician"))) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result("audience must be patient or clinician"
                    + " (patients: patient) and format html or pdf");
            return;
        }
        StoredPatient stored = stored(ctx, c, "web.report");
        if (stored == null) {
            return;
        }
        Plan plan = clinical.planning(stored, LocalDate.now(clock)).plan();
        audit.record(c, "web.report", stored.id(), "ok", audience + "/" + format);
        if (format.equals("html")) {
            String doc = audience.equals("patient") ? reports.patient.document(plan, "/static/app.css")
                    : reports.clinician.document(plan, "/static/app.css");
            ctx.contentType("text/html; charset=utf-8").result(doc);
        } else {
            String doc = audience.equals("patient") ? reports.patient.document(plan, null) : reports.clinician.document(plan, null);
            ctx.header("Content-Disposition", "attachment; filename=\"" + safe(stored.id()) + "-" + audience + ".pdf\"");
            ctx.contentType("application/pdf").result(PdfRenderer.render(doc));
        }
    }

    private StoredPatient stored(Context ctx, Caller c, String action) {
        String id = ctx.pathParam("id");
        StoredPatient p = patients.get(id).orElse(null);
        if (p == null) {
            audit.record(c, action, id, "not-found");
            Layout.send(ctx, 404, "Not found", null, new Html().el("h1", "Not found").el("p", "There is no patient '" + id + "'."));
        }
        return p;
    }

    /** The stored course's scans and toxicities on the timeline picture (none without a course). */
    private List<TimelineSvg.Mark> courseMarks(StoredPatient stored, LocalDate today) {
        return courses.stored(stored).map(loaded -> CoursePages.marks(courses.replay(loaded, today))).orElse(List.of());
    }

    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
