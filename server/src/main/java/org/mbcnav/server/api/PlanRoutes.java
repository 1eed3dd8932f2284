package org.mbcnav.server.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.PlanStore;
import org.mbcnav.store.StoredPatient;
import org.mbcnav.store.StoredPlan;

/** Plans: made for a patient as of a date, stored immutably, listed as history, and compared. */
public final class PlanRoutes {
    private final PatientStore patients;
    private final PlanStore plans;
    private final Clinical clinical;
    private final Audit audit;
    private final Access access;
    private final Clock clock;

    public PlanRoutes(PatientStore patients, PlanStore plans, Clinical clinical, Audit audit, Access access, Clock clock) {
        this.patients = patients;
        this.plans = plans;
        this.clinical = clinical;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** A stored plan with the versions that made it; courseSeq and reason when a course event re-planned it. */
    public record PlanView(String id, String patientId, int patientVersion, String asOf, String knowledgeVersion,
                           Instant createdAt, String createdBy, Integer courseSeq, String reason, JsonNode plan) {
    }

    public List<Route> routes() {
        return List.of(
                new Route(POST, "/api/patients/{id}/plans", Route.STAFF, this::create),
                new Route(GET, "/api/patients/{id}/plans", Route.STAFF_AND_PATIENT, this::history),
                new Route(GET, "/api/plans/{planId}", Route.STAFF_AND_PATIENT, this::get),
                new Route(GET, "/api/plans/{planId}/diff/{otherId}", Route.STAFF_AND_PATIENT, this::diff));
    }

    private void create(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        LocalDate asOf = LocalDate.now(clock);
        if (!ctx.body().isBlank()) {
            JsonNode body = Json.body(ctx);
            JsonNode a = body.get("asOf");
            if (a != null && !a.isNull()) {
                if (!a.isTextual()) {
                    throw ApiProblem.badRequest("/asOf", "asOf must be a date as YYYY-MM-DD");
                }
                asOf = Params.date(a.asText(), "/asOf");
            }
        }
        StoredPatient p = patients.get(id).orElseThrow(() -> {
            audit.record(caller, "plan.create", id, "not-found");
            return ApiProblem.notFound("no patient '" + id + "'");
        });
        Plan plan;
        try {
            plan = clinical.planning(p, asOf).plan();
        } catch (ApiProblem e) {
            audit.record(caller, "plan.create", id, "invalid");
            throw e;
        }
        StoredPlan saved = plans.add(UUID.randomUUID().toString(), id, p.version(), asOf.toString(),
                plan.knowledgeVersion(), caller.id(), Json.write(plan));
        audit.record(caller, "plan.create", id, "ok", "plan=" + saved.id());
        ctx.header("Location", "/api/plans/" + saved.id());
        Json.send(ctx, 201, view(saved));
    }

    private void history(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        access.requirePatient(caller, "plan.history", id);
        if (patients.get(id).isEmpty()) {
            audit.record(caller, "plan.history", id, "not-found");
            throw ApiProblem.notFound("no patient '" + id + "'");
        }
        List<Map<String, Object>> items = plans.history(id).stream().map(PlanRoutes::item).toList();
        audit.record(caller, "plan.history", id, "ok");
        Json.send(ctx, 200, Map.of("items", items));
    }

    private void get(Context ctx, Caller caller) {
        StoredPlan s = load(caller, "plan.read", ctx.pathParam("planId"));
        audit.record(caller, "plan.read", s.patientId(), "ok", "plan=" + s.id());
        Json.send(ctx, 200, view(s));
    }

    private void diff(Context ctx, Caller caller) {
        StoredPlan a = load(caller, "plan.diff", ctx.pathParam("planId"));
        StoredPlan b = load(caller, "plan.diff", ctx.pathParam("otherId"));
        if (!a.patientId().equals(b.patientId())) {
            throw ApiProblem.badRequest("otherId", "both plans must belong to the same patient");
        }
        audit.record(caller, "plan.diff", a.patientId(), "ok", "plans=" + a.id() + "," + b.id());
        Json.send(ctx, 200, PlanDiff.between(a, tree(a), b, tree(b)));
    }

    private StoredPlan load(Caller caller, String action, String planId) {
        StoredPlan s = plans.get(planId).orElse(null);
        if (s == null) {
            if (caller.role() == Role.PATIENT) {
                audit.record(caller, action, null, "denied", "plan=" + planId);
                throw ApiProblem.forbidden("a patient token gives access to its own record only");
            }
            audit.record(caller, action, null, "not-found", "plan=" + planId);
            throw ApiProblem.notFound("no plan '" + planId + "'");
        }
        access.requirePatient(caller, action, s.patientId());
        return s;
    }

    private static JsonNode tree(StoredPlan s) {
        try {
            return Json.mapper().readTree(s.document());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored plan is not valid JSON", e);
        }
    }

    private static PlanView view(StoredPlan s) {
        return new PlanView(s.id(), s.patientId(), s.patientVersion(), s.asOf(), s.knowledgeVersion(), s.createdAt(),
                s.createdBy(), s.courseSeq(), s.reason(), tree(s));
    }

    private static Map<String, Object> item(StoredPlan s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", s.id());
        m.put("patientVersion", s.patientVersion());
        m.put("asOf", s.asOf());
        m.put("knowledgeVersion", s.knowledgeVersion());
        m.put("createdAt", s.createdAt());
        m.put("createdBy", s.createdBy());
        if (s.courseSeq() != null) {
            m.put("courseSeq", s.courseSeq());
            m.put("reason", s.reason());
        }
        return m;
    }
}
