package org.mbcnav.server.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.store.Conflict;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.StoredPatient;

/** /api/patients: create, update (each change a new version), list with search, get, soft delete. */
public final class PatientRoutes {
    private final PatientStore patients;
    private final Clinical clinical;
    private final Audit audit;
    private final Access access;
    private final Clock clock;

    public PatientRoutes(PatientStore patients, Clinical clinical, Audit audit, Access access, Clock clock) {
        this.patients = patients;
        this.clinical = clinical;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** A patient version as the API shows it: metadata and the document as stored. */
    public record PatientView(String id, int version, Instant updatedAt, String updatedBy, String format,
                              String changeKind, Object patient) {
    }

    public List<Route> routes() {
        return List.of(
                new Route(GET, "/api/patients", Route.STAFF, this::list),
                new Route(POST, "/api/patients", Route.STAFF, this::create),
                new Route(GET, "/api/patients/{id}", Route.STAFF_AND_PATIENT, this::get),
                new Route(PUT, "/api/patients/{id}", Route.STAFF, this::update),
                new Route(DELETE, "/api/patients/{id}", Route.STAFF, this::delete),
                new Route(GET, "/api/patients/{id}/versions", Route.STAFF_AND_PATIENT, this::versions),
                new Route(GET, "/api/patients/{id}/versions/{version}", Route.STAFF_AND_PATIENT, this::version));
    }

    private void list(Context ctx, Caller caller) {
        int limit = Params.intParam(ctx, "limit", 50, 1, 500);
        int offset = Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String q = ctx.queryParam("q");
        List<Map<String, Object>> items = patients.search(q, limit, offset).stream()
                .map(p -> Map.<String, Object>of("id", p.id(), "version", p.version(), "updatedAt", p.updatedAt()))
                .toList();
        audit.record(caller, "patient.search", null, "ok", "results=" + items.size());
        Json.send(ctx, 200, Map.of("items", items, "limit", limit, "offset", offset));
    }

    private void create(Context ctx, Caller caller) {
        PatientPayload payload = clinical.sources().parse(ctx.contentType(), ctx.body());
        Patient patient = clinical.sources().read(payload, LocalDate.now(clock));
        StoredPatient saved = save(caller, patient.id(), payload, 0, "patient.create");
        ctx.header("Location", "/api/patients/" + saved.id());
        Json.send(ctx, 201, view(saved));
    }

    private void update(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        PatientPayload payload = clinical.sources().parse(ctx.contentType(), ctx.body());
        Patient patient = clinical.sources().read(payload, LocalDate.now(clock));
        if (!id.equals(patient.id())) {
            throw ApiProblem.badRequest("/id", "the document's id '" + patient.id() + "' differs from the URL's '" + id + "'");
        }
        Integer expected = Params.ifMatch(ctx, "the current version number");
        StoredPatient saved = save(caller, id, payload, expected, "patient.update");
        Json.send(ctx, 200, view(saved));
    }

    private StoredPatient save(Caller caller, String id, PatientPayload payload, Integer expected, String action) {
        String format = payload.mediaType().contains("yaml") ? "yaml" : "json";
        try {
            StoredPatient saved = patients.save(id, payload.text(), format, caller.id(), expected);
            audit.record(caller, action, id, "ok", "version=" + saved.version());
            return saved;
        } catch (Conflict e) {
            audit.record(caller, action, id, "conflict");
            throw ApiProblem.of(409, "conflict", "Conflict", e.getMessage());
        }
    }

    private void get(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        access.requirePatient(caller, "patient.read", id);
        StoredPatient p = found(caller, "patient.read", id);
        audit.record(caller, "patient.read", id, "ok", "version=" + p.version());
        ctx.header("ETag", "\"" + p.version() + "\"");
        Json.send(ctx, 200, view(p));
    }

    private void delete(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        if (!patients.delete(id, caller.id())) {
            audit.record(caller, "patient.delete", id, "not-found");
            throw ApiProblem.notFound("no patient '" + id + "'");
        }
        audit.record(caller, "patient.delete", id, "ok");
        ctx.status(204);
    }

    private void versions(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        access.requirePatient(caller, "patient.versions", id);
        List<StoredPatient> all = patients.versions(id);
        if (all.isEmpty()) {
            audit.record(caller, "patient.versions", id, "not-found");
            throw ApiProblem.notFound("no patient '" + id + "'");
        }
        audit.record(caller, "patient.versions", id, "ok");
        Json.send(ctx, 200, Map.of("items", all.stream().map(v -> Map.of("version", v.version(), "createdAt",
                v.updatedAt(), "createdBy", v.updatedBy(), "changeKind", v.changeKind())).toList()));
    }

    private void version(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        access.requirePatient(caller, "patient.read-version", id);
        int v = Params.intPath(ctx, "version");
        StoredPatient p = patients.versions(id).stream().filter(x -> x.version() == v).findFirst().orElseThrow(() -> {
            audit.record(caller, "patient.read-version", id, "not-found");
            return ApiProblem.notFound("patient '" + id + "' has no version " + v);
        });
        audit.record(caller, "patient.read-version", id, "ok", "version=" + v);
        Json.send(ctx, 200, view(p));
    }

    private StoredPatient found(Caller caller, String action, String id) {
        return patients.get(id).orElseThrow(() -> {
            audit.record(caller, action, id, "not-found");
            return ApiProblem.notFound("no patient '" + id + "'");
        });
    }

    private PatientView view(StoredPatient p) {
        Object doc;
        try {
            doc = clinical.sources().parse(Clinical.mediaType(p.format()), p.document()).tree().root();
        } catch (ApiProblem e) {
            doc = null;
        }
        return new PatientView(p.id(), p.version(), p.updatedAt(), p.updatedBy(), p.format(), p.changeKind(), doc);
    }
}
