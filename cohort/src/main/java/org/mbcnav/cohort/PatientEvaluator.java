package org.mbcnav.cohort;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mbcnav.engine.LineOffer;
import org.mbcnav.engine.PlanOutline;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.plan.TrialMatch;

/**
 * Runs the one pipeline for one imported patient and reduces the result to what the cohort
 * counts: the plan as of the run date, each metastatic course judged against the options of its
 * own start, and (when comparing knowledge versions) the options gained and lost. The in-process
 * engine and the Spark job both call this, so they count the same things. Use one evaluator per
 * thread.
 *
 * <p>It asks the planner for what it counts, not for whole plans: {@link Planner#outline} for the
 * plan as of the run date (the same options, exclusions and missing tests as the full plan) and
 * {@link Planner#offered} for each course start (the same option set, without ranking or text).
 * PlanOutlineTest and LeanPlanningTest check both against full plans.
 */
public final class PatientEvaluator {
    private final Planner planner;
    private final Planner previous;
    private final LocalDate asOf;
    private final String asOfText;
    private final ObjectMapper json;
    /** Reused by every line of this evaluator (one per thread): the line's text is built without a tree. */
    private final BufferRecycler buffers = new BufferRecycler();
    /** JSON text already written ({@link #known}), per thread like the evaluator: lists of knowledge ids, the disclaimer. */
    private final Map<List<String>, String> lists = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    /** Options with their rank: a few hundred regimen-rank pairs recur. */
    private final Map<PlanOutline.Option, String> options = new HashMap<>();
    /** Few lists repeat often; a larger store kept 10-20 MB alive per thread in a 100,000-patient run. */
    private static final int KEPT_LISTS = 1_000;
    /** An option's text is about 100 bytes: this many keep well under a megabyte per thread. */
    private static final int KEPT_OPTIONS = 5_000;

    /** @param previous the planner of the knowledge compared against, or null for no comparison */
    public PatientEvaluator(Planner planner, Planner previous, LocalDate asOf, ObjectMapper json) {
        this.planner = planner;
        this.previous = previous;
        this.asOf = asOf;
        this.asOfText = asOf.toString();
        this.json = json;
    }

    public PatientOutcome evaluate(BulkPatientResult r) {
        if (!r.imported()) {
            DataQualityIssue first = r.failure().issues().stream().filter(i -> "error".equals(i.severity())).findFirst()
                    .orElse(new DataQualityIssue("error", "", "", r.failure().getMessage()));
            String problem = first.what() + ": " + first.reason();
            return outcome(r.patientId(), PatientOutcome.NOT_IMPORTED, problem, null, List.of(), severities(r.failure().issues()), List.of(), List.of());
        }
        Map<String, Integer> issues = severities(r.result().issues());
        if (!r.result().plannable()) {
            return outcome(r.patientId(), PatientOutcome.NOT_METASTATIC, null, null, List.of(), issues, List.of(), List.of());
        }
        Patient patient = r.result().patient();
        PlanOutline plan = planner.outline(patient, asOf);
        List<CourseJudgement> courses = judgeCourses(patient);
        List<String> gained = List.of();
        List<String> lost = List.of();
        if (previous != null) {
            Set<String> now = new LinkedHashSet<>(optionIds(plan));
            Set<String> before = new LinkedHashSet<>(optionIds(previous.outline(patient, asOf)));
            gained = now.stream().filter(o -> !before.contains(o)).sorted().toList();
            lost = before.stream().filter(o -> !now.contains(o)).sorted().toList();
        }
        return outcome(r.patientId(), PatientOutcome.PLANNED, null, plan, courses, issues, gained, lost);
    }

    /** Every metastatic course started on or before the run date, judged at its start. */
    private List<CourseJudgement> judgeCourses(Patient patient) {
        List<CourseJudgement> out = new ArrayList<>();
        for (TreatmentCourse c : patient.treatments()) {
            if (c.setting() != TherapySetting.METASTATIC || c.start() == null || c.start().isAfter(asOf)) {
                continue;
            }
            Set<String> given = new HashSet<>(c.drugs());
            // Only options with one of the course's drugs can be "in an option" or match it exactly.
            LineOffer then = planner.offered(HistoryBefore.at(patient, c.start()), c.start(), given);
            boolean any = false;
            boolean exact = false;
            for (PlanOutline.Option o : then.options()) {
                // Compared as sets: an option's drugs in any order are the course's drugs exactly.
                boolean allGiven = true;
                for (String d : o.drugs()) {
                    boolean in = given.contains(d);
                    any |= in;
                    allGiven &= in;
                }
                exact |= !o.drugs().isEmpty() && allGiven && o.drugs().containsAll(given);
            }
            out.add(new CourseJudgement(c.start(), c.drugs(), then.line(), any, exact));
        }
        return out;
    }

    private static List<String> optionIds(PlanOutline plan) {
        return plan.options().stream().map(PlanOutline.Option::id).toList();
    }

    private static Map<String, Integer> severities(List<DataQualityIssue> issues) {
        Map<String, Integer> out = new TreeMap<>();
        issues.forEach(i -> out.merge(i.severity(), 1, Integer::sum));
        return out;
    }

    private PatientOutcome outcome(String id, String status, String problem, PlanOutline plan,
            List<CourseJudgement> courses, Map<String, Integer> issues, List<String> gained, List<String> lost) {
        List<String> options = plan == null ? List.of() : optionIds(plan);
        List<String> tests = plan == null ? List.of() : plan.missingTests();
        List<String> trials = plan == null ? List.of()
                : plan.trials().stream().filter(t -> "eligible".equals(t.match())).map(TrialMatch::nctId).toList();
        String subtype = plan == null ? null : plan.subtype() == null ? "unknown" : plan.subtype();
        int line = plan == null ? 0 : plan.line();
        return new PatientOutcome(id, status, problem, subtype, line, options, tests, trials, courses, issues, gained, lost,
                line(id, status, problem, subtype, plan, trials, courses, issues, gained, lost));
    }

    /** The per-patient NDJSON line (docs/cohort.md), field by field in a fixed order. */
    private String line(String id, String status, String problem, String subtype, PlanOutline plan, List<String> trials,
            List<CourseJudgement> courses, Map<String, Integer> issues, List<String> gained, List<String> lost) {
        SegmentedStringWriter out = new SegmentedStringWriter(buffers);
        try {
            JsonGenerator g = json.getFactory().createGenerator(out);
            g.writeStartObject();
            g.writeStringField("patientId", id);
            g.writeStringField("status", status);
            g.writeStringField("asOf", asOfText);
            if (problem != null) {
                g.writeStringField("problem", problem);
            }
            if (plan != null) {
                g.writeStringField("knowledgeVersion", plan.knowledgeVersion());
                g.writeStringField("subtype", subtype);
                g.writeNumberField("line", plan.line());
                g.writeArrayFieldStart("options");
                for (PlanOutline.Option p : plan.options()) {
                    g.writeRawValue(known(options, p, KEPT_OPTIONS, a -> {
                        a.writeStartObject();
                        a.writeNumberField("rank", p.rank());
                        a.writeStringField("id", p.id());
                        a.writeStringField("category", p.category());
                        strings(a, "drugs", p.drugs());
                        a.writeEndObject();
                    }));
                }
                g.writeEndArray();
                knownStrings(g, "excluded", plan.excluded());
                knownStrings(g, "missingTests", plan.missingTests());
                strings(g, "eligibleTrials", trials);
                g.writeArrayFieldStart("courses");
                for (CourseJudgement c : courses) {
                    g.writeStartObject();
                    g.writeStringField("start", c.start().toString());
                    strings(g, "drugs", c.drugs());
                    g.writeNumberField("line", c.line());
                    g.writeBooleanField("inAnOption", c.anyDrug());
                    g.writeBooleanField("exactOption", c.exact());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (previous != null) {
                    strings(g, "gained", gained);
                    strings(g, "lost", lost);
                }
            }
            g.writeObjectFieldStart("dataQuality");
            for (Map.Entry<String, Integer> e : issues.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (plan != null) {
                g.writeFieldName("disclaimer");
                g.writeRawValue(known(texts, plan.disclaimer(), KEPT_LISTS, a -> a.writeString(plan.disclaimer())));
            }
            g.writeEndObject();
            g.close();
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("a cohort line could not be written", e);
        }
    }

    /**
     * A list of knowledge ids (excluded regimens, missing tests) written as {@link #strings}
     * would write it, from the JSON text kept for an equal list ({@link #known}): the same lists
     * come back patient after patient (the exclusions are every regimen not offered). The
     * outline's lists are immutable, so they can be kept as keys.
     */
    private void knownStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        g.writeRawValue(known(lists, values, KEPT_LISTS, a -> {
            a.writeStartArray();
            for (String v : values) {
                a.writeString(v);
            }
            a.writeEndArray();
        }));
    }

    /**
     * The JSON text of a value that comes back patient after patient (an id list, an option with
     * its rank, the disclaimer), written once by the same factory as the line and kept by an
     * equal key, so that it is copied in instead of written again; at most {@code cap} are kept.
     */
    private <K> String known(Map<K, String> kept, K key, int cap, JsonWriting write) throws IOException {
        String text = kept.get(key);
        if (text == null) {
            StringWriter out = new StringWriter();
            try (JsonGenerator a = json.getFactory().createGenerator(out)) {
                write.to(a);
            }
            text = out.toString();
            if (kept.size() < cap) {
                kept.put(key, text);
            }
        }
        return text;
    }

    private interface JsonWriting {
        void to(JsonGenerator g) throws IOException;
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
