package org.mbcnav.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.report.Html;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.api.PlanDiff;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.PlanStore;
import org.mbcnav.store.StoredPatient;
import org.mbcnav.store.StoredPlan;

/** Saved plans of a patient, newest first, each with what changed since the one before (the API's PlanDiff). */
final class HistoryPages {
    private final PatientStore patients;
    private final PlanStore plans;
    private final Clinical clinical;
    private final Audit audit;
    private final Clock clock;

    HistoryPages(PatientStore patients, PlanStore plans, Clinical clinical, Audit audit, Clock clock) {
        this.patients = patients;
        this.plans = plans;
        this.clinical = clinical;
        this.audit = audit;
        this.clock = clock;
    }

    void save(Context ctx, WebSession s, Caller c) {
        StoredPatient p = patients.get(ctx.pathParam("id")).orElse(null);
        if (p == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("No such patient.");
            return;
        }
        LocalDate asOf = LocalDate.now(clock);
        Plan plan = clinical.planning(p, asOf).plan();
        StoredPlan saved = plans.add(UUID.randomUUID().toString(), p.id(), p.version(), asOf.toString(),
                plan.knowledgeVersion(), c.id(), Json.write(plan));
        audit.record(c, "web.plan.save", p.id(), "ok", "plan=" + saved.id());
        ctx.redirect("/app/patients/" + p.id() + "/history");
    }

    void history(Context ctx, WebSession s, Caller c) {
        String id = ctx.pathParam("id");
        if (patients.get(id).isEmpty()) {
            audit.record(c, "web.plan.history", id, "not-found");
            Layout.send(ctx, 404, "Not found", s, new Html().el("h1", "Not found").el("p", "There is no patient '" + id + "'."));
            return;
        }
        List<StoredPlan> all = plans.history(id).stream()
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
        audit.record(c, "web.plan.history", id, "ok");
        Html h = new Html().el("h1", "Plan history of " + id);
        h.open("p").el("a", "Back to the patient", "href", "/app/patients/" + id).close("p");
        h.open("form", "method", "post", "action", "/app/patients/" + id + "/plans");
        h.empty("input", "type", "hidden", "name", "csrf", "value", s.csrf());
        h.el("button", "Save today's plan to the history", "type", "submit");
        h.close("form");
        if (all.isEmpty()) {
            h.el("p", "No plan has been saved yet.");
        }
        for (int i = 0; i < all.size(); i++) {
            StoredPlan p = all.get(i);
            h.open("section", "class", "history-entry", "aria-label", "Plan of " + p.createdAt());
            h.el("h2", "Plan as of " + p.asOf() + " (saved " + p.createdAt() + ")");
            h.el("p", "Record version " + p.patientVersion() + ", knowledge " + p.knowledgeVersion() + ", by " + p.createdBy(),
                    "class", "muted");
            if (p.courseSeq() != null) {
                h.open("p").text("Re-planned after course event " + p.courseSeq() + ": " + p.reason() + " ")
                        .el("a", "(course timeline)", "href", "/app/patients/" + id + "/course#event-" + p.courseSeq()).close("p");
            }
            if (i + 1 < all.size()) {
                StoredPlan before = all.get(i + 1);
                diff(h, PlanDiff.between(before, tree(before), p, tree(p)));
            } else {
                h.el("p", "The first saved plan.");
            }
            h.close("section");
        }
        Layout.send(ctx, 200, "Plan history " + id, s, h);
    }

    private static void diff(Html h, PlanDiff.Diff d) {
        if (d.identical() && d.inputs().changed().isEmpty()) {
            h.el("p", "Nothing changed since the plan before.");
            return;
        }
        h.open("details", "open", "open").el("summary", "What changed since the plan before");
        h.open("ul");
        d.inputs().changed().forEach(x -> h.el("li", "Input: " + x));
        d.optionsAdded().forEach(o -> h.el("li", "Added #" + o.toRank() + " " + o.title() + ": " + String.join("; ", o.why()), "class", "added"));
        d.optionsRemoved().forEach(o -> h.el("li", "Removed " + o.title() + " (was #" + o.fromRank() + "): "
                + String.join("; ", o.why()), "class", "removed"));
        d.optionsReranked().forEach(o -> h.el("li", "Moved " + o.title() + " from #" + o.fromRank() + " to #" + o.toRank()));
        d.exclusionsChanged().forEach(x -> h.el("li", "Why-not changed for " + x.title() + ": " + x.fromKind() + " -> " + x.toKind()
                + (x.reasons().isEmpty() ? "" : " (" + String.join("; ", x.reasons()) + ")")));
        d.missingTestsAdded().forEach(t -> h.el("li", "Missing test added: " + t.title()));
        d.missingTestsRemoved().forEach(t -> h.el("li", "Missing test settled: " + t.title()));
        if (d.identical()) {
            h.el("li", "The plan itself is the same.");
        }
        h.close("ul").close("details");
    }

    private static JsonNode tree(StoredPlan s) {
        try {
            return Json.mapper().readTree(s.document());
        } catch (IOException e) {
            throw new UncheckedIOException("a stored plan is not valid JSON", e);
        }
    }
}
