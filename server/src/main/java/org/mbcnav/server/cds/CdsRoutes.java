package org.mbcnav.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.engine.Planner;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.api.LatestVersionCache;
import org.mbcnav.server.api.Metrics;
import org.mbcnav.server.course.CourseService;
import org.mbcnav.server.api.Role;
import org.mbcnav.store.Feedback;
import org.mbcnav.store.FeedbackStore;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.StoredPatient;

/**
 * CDS Hooks 2.0: discovery, patient-view, order-select and order-sign, and feedback. Every call
 * carries the EHR's JWT. The patient is read from the hook's FHIR data through the patient
 * sources when one can read FHIR; otherwise the patient stored here under the same id is used;
 * otherwise the answer is one info card saying the FHIR data cannot be read yet.
 */
public final class CdsRoutes {
    public static final String PATIENT_VIEW = "mbcnav-patient-view";
    public static final String ORDER_SELECT = "mbcnav-order-select";
    public static final String ORDER_SIGN = "mbcnav-order-sign";

    static final Map<String, String> PREFETCH = prefetch();

    private record Service(String id, String hook, String title, String description) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service(PATIENT_VIEW, "patient-view", "MBC Navigator: treatment options",
                    "Evidence-linked treatment options for metastatic breast cancer, with cautions and the tests that "
                            + "would change the plan. Supports the care team's decision; it does not replace it."),
            new Service(ORDER_SELECT, "order-select", "MBC Navigator: order check",
                    "Warns when a selected cancer drug is contraindicated or not supported for this patient."),
            new Service(ORDER_SIGN, "order-sign", "MBC Navigator: order check at signing",
                    "Warns when a cancer drug being signed is contraindicated or not supported for this patient."));

    private final JwtVerifier jwt;
    private final String publicBaseUrl;
    private final PatientStore patients;
    private final Clinical clinical;
    private final CardFactory cards;
    private final OrderChecker orders;
    private final DrugCodes drugs;
    private final EhrRecord ehr;
    private final OverdueMonitoring overdue;
    private final Planner planner;
    private final FhirFetcher fhir;
    private final Duration fhirDeadline;
    private final FeedbackStore feedback;
    private final Audit audit;
    private final Metrics metrics;
    private final Clock clock;
    private final CourseService courses;
    private final LatestVersionCache<List<Card>> cardCache = new LatestVersionCache<>(2_000);

    public CdsRoutes(JwtVerifier jwt, String publicBaseUrl, PatientStore patients, Clinical clinical, CardFactory cards,
                     FhirFetcher fhir, Duration fhirDeadline, FeedbackStore feedback, Audit audit, Metrics metrics,
                     Clock clock, org.mbcnav.model.course.knowledge.TrackingSettings tracking,
                     CourseService courses) {
        this.jwt = jwt;
        this.publicBaseUrl = publicBaseUrl;
        this.patients = patients;
        this.clinical = clinical;
        this.cards = cards;
        this.orders = new OrderChecker(clinical.knowledge(), cards);
        this.drugs = new DrugCodes(clinical.knowledge());
        this.ehr = new EhrRecord(clinical.knowledge());
        this.overdue = tracking == null ? null : new OverdueMonitoring(clinical.knowledge(), tracking, cards);
        this.planner = new Planner(clinical.knowledge());
        this.fhir = fhir;
        this.fhirDeadline = fhirDeadline;
        this.feedback = feedback;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.courses = courses;
    }

    private static Map<String, String> prefetch() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("patient", "Patient/{{context.patientId}}");
        p.put("conditions", "Condition?patient={{context.patientId}}");
        p.put("observations", "Observation?patient={{context.patientId}}");
        p.put("medications", "MedicationRequest?patient={{context.patientId}}");
        return p;
    }

    public void register(Javalin app) {
        app.get("/cds-services", this::discovery);
        app.post("/cds-services/{id}", this::call);
        app.post("/cds-services/{id}/feedback", this::feedback);
    }

    /** The paths this class serves, for the OpenAPI test. */
    public static List<String> paths() {
        return List.of("GET /cds-services", "POST /cds-services/{id}", "POST /cds-services/{id}/feedback");
    }

    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiProblem.of(401, "unauthorized", "Authentication required",
                    "CDS Hooks calls carry the EHR's signed JWT as 'Authorization: Bearer <JWT>'");
        }
        try {
            JwtVerifier.Verified v = jwt.verify(header.substring(7).trim(), publicBaseUrl + ctx.path());
            return new Caller("ehr:" + v.issuer(), Role.EHR, null, ctx.ip());
        } catch (JwtVerifier.Rejected e) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw ApiProblem.of(401, "unauthorized", "The EHR's token was refused", e.getMessage());
        }
    }

    private void discovery(Context ctx) {
        authenticate(ctx);
        List<Map<String, Object>> services = new ArrayList<>();
        for (Service s : SERVICES) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hook", s.hook());
            m.put("title", s.title());
            m.put("description", s.description());
            m.put("id", s.id());
            m.put("prefetch", PREFETCH);
            services.add(m);
        }
        Json.send(ctx, 200, Map.of("services", services));
    }

    private Service service(String id) {
        return SERVICES.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("no CDS service '" + id + "'"));
    }

    private void call(Context ctx) {
        Caller caller = authenticate(ctx);
        Service service = service(ctx.pathParam("id"));
        JsonNode req = Json.body(ctx);
        String hook = req.path("hook").asText("");
        if (!hook.equals(service.hook())) {
            throw ApiProblem.badRequest("/hook", "this service answers the " + service.hook() + " hook, not '" + hook + "'");
        }
        if (req.path("hookInstance").asText("").isBlank()) {
            throw ApiProblem.badRequest("/hookInstance", "hookInstance is required");
        }
        JsonNode context = req.path("context");
        String patientId = context.path("patientId").asText("");
        if (patientId.isBlank()) {
            throw ApiProblem.badRequest("/context/patientId", "context.patientId is required");
        }
        if (!service.hook().equals("patient-view") && !context.path("draftOrders").isObject()) {
            throw ApiProblem.badRequest("/context/draftOrders", "context.draftOrders (a FHIR Bundle) is required");
        }
        if (req.has("fhirAuthorization") && req.path("fhirServer").asText("").isBlank()) {
            throw ApiProblem.badRequest("/fhirServer", "fhirServer is required when fhirAuthorization is given");
        }
        LocalDate today = LocalDate.now(clock);
        List<Card> out = new ArrayList<>();
        Resolved r = resolve(req, patientId, today);
        out.addAll(r.notes());
        if (r.patient().isPresent()) {
            StoredPatient p = r.patient().get();
            org.mbcnav.engine.Planning planning;
            try {
                planning = clinical.planning(p, today);
            } catch (ApiProblem e) {
                audit.record(caller, "cds." + hook, p.id(), "invalid");
                out.add(cards.info(patientId, "The patient record here cannot be planned: " + e.getMessage(),
                        "The record stored in MBC Navigator for this patient has problems; open it in the web app."));
                respond(ctx, service, out);
                return;
            }
            Plan plan = planning.plan();
            if (hook.equals("patient-view")) {
                out.addAll(patientViewCards(p, today, plan));
                out.addAll(cards.trials(patientId, plan));
                // The patient the (cached) planning was made from: the stored document is not parsed again.
                out.addAll(storedOverdueCards(patientId, p, planning.state().patient(), today));
            } else {
                for (String drug : orderedDrugs(context, hook)) {
                    out.addAll(orders.check(p.id(), drug, plan));
                }
            }
            audit.record(caller, "cds." + hook, p.id(), "ok", "cards=" + out.size());
        } else if (r.ehrPatient().isPresent()) {
            Plan plan = planner.plan(r.ehrPatient().get(), today);
            if (hook.equals("patient-view")) {
                out.addAll(cards.patientView(patientId, plan));
                out.addAll(overdueCards(patientId, r.ehrPatient().get(), today));
            } else {
                for (String drug : orderedDrugs(context, hook)) {
                    out.addAll(orders.check(patientId, drug, plan));
                }
            }
            audit.record(caller, "cds." + hook, patientId, "ok", "source=ehr cards=" + out.size());
        } else {
            audit.record(caller, "cds." + hook, null, r.fhirFailed() ? "fhir-unavailable" : "unknown-patient");
        }
        respond(ctx, service, out);
    }

    private List<Card> overdueCards(String patientId, Patient p, LocalDate today) {
        return overdue == null ? List.of() : overdue.cards(patientId, p, today);
    }

    /** A stored patient with a course is tracked by the course; otherwise by the record (the planned patient). */
    private List<Card> storedOverdueCards(String patientId, StoredPatient stored, Patient planned, LocalDate today) {
        if (overdue == null) {
            return List.of();
        }
        Optional<CourseService.Loaded> course;
        try {
            course = courses == null ? Optional.empty() : courses.stored(stored);
        } catch (ApiProblem e) {
            // The record version the course replays from no longer reads: the record alone is used.
            course = Optional.empty();
        }
        if (course.isEmpty()) {
            return overdue.cards(patientId, planned, today);
        }
        return overdue.cards(patientId, courses.replay(course.get(), today), course.get().course().events(), today);
    }

    /** Cards depend only on the stored version, the date and the knowledge, so they are cached. */
    private List<Card> patientViewCards(StoredPatient p, LocalDate today, Plan plan) {
        List<Card> hit = cardCache.get(p.id(), p.version(), today);
        if (hit != null) {
            return hit;
        }
        List<Card> made = List.copyOf(cards.patientView(p.id(), plan));
        cardCache.put(p.id(), p.version(), today, made);
        return made;
    }

    private void respond(Context ctx, Service service, List<Card> out) {
        out.forEach(c -> metrics.card(service.id(), c.indicator()));
        Json.send(ctx, 200, Map.of("cards", out));
    }

    /** The stored patient, or else the patient read from the EHR's FHIR data, with notes for the clinician. */
    private record Resolved(Optional<StoredPatient> patient, Optional<Patient> ehrPatient, List<Card> notes,
                            boolean fhirFailed) {
    }

    /**
     * Prefetch first, then the FHIR server for what is missing; then the patient sources on that
     * FHIR data, the stored patient, or an info card.
     */
    private Resolved resolve(JsonNode req, String patientId, LocalDate today) {
        Map<String, String> missing = new LinkedHashMap<>();
        JsonNode prefetch = req.path("prefetch");
        for (var e : PREFETCH.entrySet()) {
            if (!prefetch.has(e.getKey())) {
                missing.put(e.getKey(), e.getValue().replace("{{context.patientId}}", patientId));
            }
        }
        String fhirServer = req.path("fhirServer").asText("");
        String failure = null;
        Map<String, JsonNode> fetched = Map.of();
        if (!missing.isEmpty() && !fhirServer.isBlank()) {
            try {
                fetched = fhir.fetch(fhirServer, req.path("fhirAuthorization").path("access_token").asText(null), missing,
                        fhirDeadline);
            } catch (FhirFetcher.Unavailable e) {
                failure = e.getMessage();
            }
        }
        // A record kept in MBC Navigator under the same id is the reviewed one and wins; otherwise
        // the EHR's own FHIR data is read with the mCODE importer (see docs/cds-hooks.md).
        Optional<StoredPatient> stored = patients.get(patientId);
        List<Card> notes = new ArrayList<>();
        if (stored.isPresent()) {
            if (failure != null) {
                notes.add(cards.info(patientId, "EHR data could not be read; advice uses the record stored in MBC Navigator",
                        "Reading from the EHR's FHIR server failed: " + failure + "."));
            }
            return new Resolved(stored, Optional.empty(), notes, failure != null);
        }
        if (failure != null) {
            notes.add(new Card(java.util.UUID.randomUUID().toString(),
                    Card.summary("No advice: the EHR's FHIR server could not be read in time"),
                    "Reading from the EHR's FHIR server failed: " + failure + ". No advice was made for this patient.",
                    "warning", new Card.Source("MBC Navigator", null), null, null, null, null));
            return new Resolved(Optional.empty(), Optional.empty(), notes, true);
        }
        EhrRecord.Read read = ehr.read(prefetch, fetched);
        if (read.patient().isPresent()) {
            return new Resolved(Optional.empty(), read.patient(), notes, false);
        }
        notes.add(cards.info(null, "No advice: MBC Navigator could not use this patient's EHR data",
                "The FHIR (mCODE) data from the EHR could not be planned: " + read.problem()
                        + ". Add or correct the patient in MBC Navigator to get advice here."));
        return new Resolved(Optional.empty(), Optional.empty(), notes, false);
    }

    /** Ingredients of the MedicationRequests being ordered (for order-select, only the selected ones). */
    private Set<String> orderedDrugs(JsonNode context, String hook) {
        Set<String> selections = new LinkedHashSet<>();
        context.path("selections").forEach(s -> selections.add(s.asText()));
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode entry : context.path("draftOrders").path("entry")) {
            JsonNode res = entry.path("resource");
            if (!"MedicationRequest".equals(res.path("resourceType").asText())) {
                continue;
            }
            if (hook.equals("order-select") && !selections.contains("MedicationRequest/" + res.path("id").asText())) {
                continue;
            }
            out.addAll(drugs.ingredientsOf(res));
        }
        return out;
    }

    /** Feedback is stored as sent, in columns of these sizes: longer text is a 400, not a failed write. */
    private static void limit(String text, String pointer, int max) {
        if (text.length() > max) {
            throw ApiProblem.badRequest(pointer, "at most " + max + " characters (got " + text.length() + ")");
        }
    }

    private void feedback(Context ctx) {
        Caller caller = authenticate(ctx);
        Service service = service(ctx.pathParam("id"));
        JsonNode body = Json.body(ctx);
        JsonNode items = body.path("feedback");
        if (!items.isArray() || items.isEmpty()) {
            throw ApiProblem.badRequest("/feedback", "feedback must be a non-empty array");
        }
        List<Feedback> reports = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < items.size(); i++) {
            JsonNode f = items.get(i);
            String at = "/feedback/" + i;
            String card = f.path("card").asText("");
            if (card.isBlank()) {
                throw ApiProblem.badRequest(at + "/card", "card (the card's uuid) is required");
            }
            limit(card, at + "/card", 64);
            String outcome = f.path("outcome").asText("");
            if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
                throw ApiProblem.badRequest(at + "/outcome", "outcome must be 'accepted' or 'overridden'");
            }
            if (outcome.equals("accepted") && !f.path("acceptedSuggestions").isArray()) {
                throw ApiProblem.badRequest(at + "/acceptedSuggestions", "acceptedSuggestions is required when accepted");
            }
            String ts = f.path("outcomeTimestamp").asText("");
            try {
                Instant.parse(ts);
            } catch (DateTimeParseException e) {
                throw ApiProblem.badRequest(at + "/outcomeTimestamp", "outcomeTimestamp must be an RFC 3339 UTC instant");
            }
            JsonNode reason = f.path("overrideReason");
            limit(reason.path("reason").path("system").asText(""), at + "/overrideReason/reason/system", 300);
            limit(reason.path("reason").path("code").asText(""), at + "/overrideReason/reason/code", 100);
            limit(reason.path("userComment").asText(""), at + "/overrideReason/userComment", 2000);
            List<String> accepted = new ArrayList<>();
            f.path("acceptedSuggestions").forEach(s -> accepted.add(s.path("id").asText()));
            limit(String.join(",", accepted), at + "/acceptedSuggestions", 2000);
            reports.add(new Feedback(service.id(), card, outcome, ts, reason.path("reason").path("system").asText(null),
                    reason.path("reason").path("code").asText(null), reason.path("userComment").asText(null),
                    accepted.isEmpty() ? null : String.join(",", accepted), caller.id(), now));
        }
        int added = feedback.record(reports);
        audit.record(caller, "cds.feedback", null, "ok", "service=" + service.id() + " reports=" + reports.size()
                + " new=" + added);
        Json.send(ctx, 200, Map.of());
    }
}
