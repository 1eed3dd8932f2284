package org.mbcnav.server.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mbcnav.engine.course.CourseProblem;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseReplayer;
import org.mbcnav.engine.course.TimelineEntry;
import org.mbcnav.io.CourseReader;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.model.course.Course;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.EventType;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.api.Problems;
import org.mbcnav.store.Conflict;
import org.mbcnav.store.CourseStore;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.PlanStore;
import org.mbcnav.store.StoredCourse;
import org.mbcnav.store.StoredCourseEvent;
import org.mbcnav.store.StoredPatient;
import org.mbcnav.store.StoredPlan;

/**
 * Stored courses of treatment, for the REST API, the web app and CDS Hooks alike. A course is the
 * patient version current when its first event was recorded plus the events recorded since; it
 * is replayed by the engine's CourseReplayer (RECIST, CTCAE, dose proposals, re-planning), never
 * re-implemented here. An event is stored only when it reads as a course-file event, is dated
 * between the course start (the metastatic diagnosis) and today, and adds no problem to the
 * replay; a re-plan it causes is stored in the patient's plan history.
 */
public final class CourseService {
    private static final int CACHE_SIZE = 500;

    private final CourseKnowledge rules;
    private final PatientStore patients;
    private final CourseStore courses;
    private final PlanStore plans;
    private final Clinical clinical;
    private final Audit audit;
    private final Clock clock;
    private final CourseReader reader;
    private final CourseReplayer replayer;
    private final Map<String, CourseReplay> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CourseReplay> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** rules: knowledge/course; null when the knowledge base has none (course calls then answer 503). */
    public CourseService(CourseKnowledge rules, PatientStore patients, CourseStore courses, PlanStore plans,
                         Clinical clinical, Audit audit, Clock clock) {
        this.rules = rules;
        this.patients = patients;
        this.courses = courses;
        this.plans = plans;
        this.clinical = clinical;
        this.audit = audit;
        this.clock = clock;
        this.reader = new CourseReader(clinical.knowledge().drugs().keySet());
        this.replayer = rules == null ? null : new CourseReplayer(clinical.knowledge(), rules);
    }

    /** A patient's course as the engine sees it, with the stored rows it came from. */
    public record Loaded(StoredPatient patient, StoredCourse stored, Course course, LocalDate start) {
        public int version() {
            return stored == null ? 0 : stored.version();
        }

        public int patientVersion() {
            return stored == null ? patient.version() : stored.patientVersion();
        }
    }

    /** What recording one event did: the stored event, what the engine derived from it, and the plans it stored. */
    public record Appended(StoredCourseEvent event, int courseVersion, List<TimelineEntry> derived, List<StoredPlan> replans,
                           CourseReplay replay) {
    }

    /** knowledge/course, or null when the knowledge base has none. */
    public CourseKnowledge rules() {
        return rules;
    }

    /** The drug names of the knowledge's catalogue (knowledge/drugs.yaml), sorted: the drugs a course event may name. */
    public List<String> drugNames() {
        return clinical.knowledge().drugs().keySet().stream().sorted().toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The patient and its course (empty events when none was recorded yet); 404 when the patient is unknown or deleted. */
    public Loaded load(Caller caller, String action, String patientId) {
        requireRules();
        StoredPatient current = patients.get(patientId).orElseThrow(() -> {
            audit.record(caller, action, patientId, "not-found");
            return ApiProblem.notFound("no patient '" + patientId + "'");
        });
        return load(current, courses.get(patientId).orElse(null));
    }

    /** The course of a stored patient; empty when nothing was recorded (CDS Hooks asks this for every call). */
    public Optional<Loaded> stored(StoredPatient current) {
        if (rules == null) {
            return Optional.empty();
        }
        return courses.get(current.id()).map(c -> load(current, c));
    }

    /** stored: the patient's course, null when none was recorded yet. */
    private Loaded load(StoredPatient current, StoredCourse stored) {
        StoredPatient base = current;
        if (stored != null && stored.patientVersion() != current.version()) {
            base = patients.versions(current.id()).stream().filter(v -> v.version() == stored.patientVersion()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("a course's patient version is missing"));
        }
        Patient patient = clinical.read(base, today());
        List<CourseEvent> events = new ArrayList<>();
        if (stored != null) {
            for (StoredCourseEvent e : stored.events()) {
                events.add(storedEvent(e));
            }
        }
        return new Loaded(current, stored, new Course(current.id(), null, patient, events), courseStart(patient));
    }

    /** The course replayed up to asOf; cached, since a course version never changes and the engine is pure. */
    public CourseReplay replay(Loaded loaded, LocalDate asOf) {
        requireRules();
        String key = loaded.patient().id() + "\u0000" + loaded.version() + "\u0000" + loaded.patientVersion() + "\u0000" + asOf;
        synchronized (cache) {
            CourseReplay hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        CourseReplay made = replayer.replay(loaded.course(), asOf);
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }

    /**
     * Checks and records one event (a course-file event as JSON or YAML text), then stores the
     * plans it re-planned. ifMatch: the course version the client last saw (null: any). Nothing is
     * stored when the event is refused (422 naming each field, 409 when the course moved on).
     */
    public Appended append(Caller caller, String patientId, String body, String forcedType, Integer ifMatch) {
        Loaded loaded = load(caller, "course.event.create", patientId);
        if (ifMatch != null && ifMatch != loaded.version()) {
            audit.record(caller, "course.event.create", patientId, "conflict");
            throw ApiProblem.of(409, "conflict", "Conflict", "the course is at version " + loaded.version() + ", not " + ifMatch);
        }
        Checked checked;
        ObjectNode node;
        try {
            LocatedTree tree = new LocatingReader().read(body, "request body");
            if (!tree.root().isObject()) {
                throw ApiProblem.badRequest("", "a course event is a JSON object");
            }
            node = (ObjectNode) tree.root();
            if (forcedType != null) {
                JsonNode given = node.get("type");
                if (given != null && !forcedType.equals(given.asText())) {
                    throw ApiProblem.badRequest("/type", "this endpoint records '" + forcedType + "' events, not '"
                            + given.asText() + "'");
                }
                node.put("type", forcedType);
            }
            checked = check(loaded, tree, node);
        } catch (InputException e) {
            audit.record(caller, "course.event.create", patientId, "invalid");
            throw Problems.invalidCourseEvent(e.problems());
        } catch (ApiProblem e) {
            audit.record(caller, "course.event.create", patientId, "invalid");
            throw e;
        }
        CourseEvent event = checked.event();
        CourseReplay after = checked.replay();
        int index = loaded.course().events().size();
        StoredCourseEvent stored;
        try {
            stored = courses.append(patientId, loaded.patientVersion(), event.type().code(), event.date().toString(),
                    Json.write(node), caller.id(), loaded.version());
        } catch (Conflict e) {
            audit.record(caller, "course.event.create", patientId, "conflict");
            throw ApiProblem.of(409, "conflict", "Conflict", e.getMessage());
        }
        audit.record(caller, "course.event.create", patientId, "ok", "seq=" + stored.seq() + " type=" + stored.type());
        List<TimelineEntry> derived = after.timeline().stream().filter(t -> t.eventIndex() == index).toList();
        List<StoredPlan> replans = new ArrayList<>();
        for (TimelineEntry t : derived) {
            if (t.replan() != null) {
                StoredPlan plan = plans.add(UUID.randomUUID().toString(), patientId, loaded.patientVersion(),
                        t.date().toString(), t.replan().after().knowledgeVersion(), caller.id(),
                        Json.write(t.replan().after()), stored.seq(), t.replan().trigger());
                audit.record(caller, "course.replan", patientId, "ok", "seq=" + stored.seq() + " plan=" + plan.id());
                replans.add(plan);
            }
        }
        String key = patientId + "\u0000" + (loaded.version() + 1) + "\u0000" + loaded.patientVersion() + "\u0000" + today();
        synchronized (cache) {
            cache.put(key, after);
        }
        return new Appended(stored, loaded.version() + 1, derived, replans, after);
    }

    /** The plans a course re-planned, by the seq of the event that caused them. */
    public Map<Integer, List<StoredPlan>> replans(String patientId) {
        Map<Integer, List<StoredPlan>> out = new LinkedHashMap<>();
        for (StoredPlan p : plans.history(patientId)) {
            if (p.courseSeq() != null) {
                out.computeIfAbsent(p.courseSeq(), s -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /** An event that passed the checks, and the course replayed with it. */
    private record Checked(CourseEvent event, CourseReplay replay) {
    }

    /** Reads the event, checks its dates against the course, and refuses it when the replay finds a new problem. */
    private Checked check(Loaded loaded, LocatedTree tree, ObjectNode node) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        CourseEvent event = reader.event(tree, node, "", problems);
        if (event == null) {
            throw new InputException(problems);
        }
        LocalDate today = today();
        if (event.date().isAfter(today)) {
            problems.add(tree.problem("/date", "the event is dated " + event.date() + ", after today (" + today + ")"));
        } else if (loaded.start() != null && event.date().isBefore(loaded.start())) {
            problems.add(tree.problem("/date", "the event is dated " + event.date() + ", before the course starts (metastatic"
                    + " diagnosis on " + loaded.start() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int index = loaded.course().events().size();
        Set<String> known = new HashSet<>();
        replay(loaded, today).problems().forEach(p -> known.add(p.describe()));
        CourseReplay after = replayer.replay(loaded.course().withEvent(event), today);
        for (CourseProblem p : after.problems()) {
            if (known.contains(p.describe())) {
                continue;
            }
            if (p.eventIndex() == index) {
                problems.add(tree.problem(p.field() == null || p.field().isEmpty() ? "" : "/" + p.field(), p.message()));
            } else {
                CourseEvent other = loaded.course().events().get(p.eventIndex());
                problems.add(tree.problem("/date", "recording this event makes the " + other.type().code() + " of "
                        + other.date() + " (event " + p.eventIndex() + ") wrong: " + p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Checked(event, after);
    }

    /**
     * A stored event as it was recorded. It was checked when it was stored; it is not checked again
     * against today's knowledge (a drug since removed from it), so that the course still replays and
     * shows such an event among its problems.
     */
    private static CourseEvent storedEvent(StoredCourseEvent e) {
        try {
            ObjectNode node = (ObjectNode) Json.mapper().readTree(e.document());
            node.remove("type");
            EventType type = EventType.ofCode(e.type()).orElseThrow(() -> new IllegalStateException(
                    "stored course event " + e.seq() + " has an unknown type"));
            return Json.mapper().treeToValue(node, type.recordType());
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("stored course event " + e.seq() + " no longer reads", ex);
        }
    }

    /** The course starts at the metastatic diagnosis; an event before it belongs to another record. */
    private static LocalDate courseStart(Patient p) {
        return p.disease() == null ? null : p.disease().metastaticDiagnosisDate();
    }

    private void requireRules() {
        if (rules == null) {
            throw ApiProblem.of(503, "unavailable", "Course tracking is not available",
                    "the knowledge base has no knowledge/course rules");
        }
    }
}
