package org.mbcnav.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.TrialMatch;

/**
 * Runs the one pipeline for one imported patient and reduces the result to what the cohort
 * counts: the plan as of the run date, each metastatic course judged against the plan as of its
 * own start, and (when comparing knowledge versions) the options gained and lost. The in-process
 * engine and the Spark job both call this, so they count the same things. Use one evaluator per
 * thread.
 */
public final class PatientEvaluator {
    private final Planner planner;
    private final Planner previous;
    private final LocalDate asOf;
    private final ObjectMapper json;

    /** @param previous the planner of the knowledge compared against, or null for no comparison */
    public PatientEvaluator(Planner planner, Planner previous, LocalDate asOf, ObjectMapper json) {
        this.planner = planner;
        this.previous = previous;
        this.asOf = asOf;
        this.json = json;
    }

    public PatientOutcome evaluate(BulkPatientResult r) {
        if (!r.imported()) {
            DataQualityIssue first = r.failure().issues().stream().filter(i -> "error".equals(i.severity())).findFirst()
                    .orElse(new DataQualityIssue("error", "", "", r.failure().getMessage()));
            String problem = first.what() + ": " + first.reason();
            return outcome(r.patientId(), PatientOutcome.NOT_IMPORTED, problem, null, 0, null, List.of(), severities(r.failure().issues()), List.of(), List.of());
        }
        Map<String, Integer> issues = severities(r.result().issues());
        if (!r.result().plannable()) {
            return outcome(r.patientId(), PatientOutcome.NOT_METASTATIC, null, null, 0, null, List.of(), issues, List.of(), List.of());
        }
        Patient patient = r.result().patient();
        Plan plan = planner.plan(patient, asOf);
        List<CourseJudgement> courses = judgeCourses(patient);
        List<String> gained = List.of();
        List<String> lost = List.of();
        if (previous != null) {
            Set<String> now = new LinkedHashSet<>(optionIds(plan));
            Set<String> before = new LinkedHashSet<>(optionIds(previous.plan(patient, asOf)));
            gained = now.stream().filter(o -> !before.contains(o)).sorted().toList();
            lost = before.stream().filter(o -> !now.contains(o)).sorted().toList();
        }
        String subtype = plan.patientSummary().subtype() == null ? "unknown" : plan.patientSummary().subtype();
        return outcome(r.patientId(), PatientOutcome.PLANNED, null, subtype, plan.patientSummary().line(), plan, courses, issues, gained, lost);
    }

    /** Every metastatic course started on or before the run date, judged at its start. */
    private List<CourseJudgement> judgeCourses(Patient patient) {
        List<CourseJudgement> out = new ArrayList<>();
        for (TreatmentCourse c : patient.treatments()) {
            if (c.setting() != TherapySetting.METASTATIC || c.start() == null || c.start().isAfter(asOf)) {
                continue;
            }
            Plan then = planner.plan(HistoryBefore.at(patient, c.start()), c.start());
            Set<String> given = new HashSet<>(c.drugs());
            boolean any = false;
            boolean exact = false;
            for (PlanOption o : then.options()) {
                Set<String> drugs = new HashSet<>();
                for (DrugRef d : o.drugs()) {
                    drugs.add(d.name());
                }
                any |= drugs.stream().anyMatch(given::contains);
                exact |= !drugs.isEmpty() && drugs.equals(given);
            }
            out.add(new CourseJudgement(c.start(), c.drugs(), then.patientSummary().line(), any, exact));
        }
        return out;
    }

    private static List<String> optionIds(Plan plan) {
        return plan.options().stream().map(PlanOption::id).toList();
    }

    private static Map<String, Integer> severities(List<DataQualityIssue> issues) {
        Map<String, Integer> out = new TreeMap<>();
        issues.forEach(i -> out.merge(i.severity(), 1, Integer::sum));
        return out;
    }

    private PatientOutcome outcome(String id, String status, String problem, String subtype, int line, Plan plan,
            List<CourseJudgement> courses, Map<String, Integer> issues, List<String> gained, List<String> lost) {
        List<String> options = plan == null ? List.of() : optionIds(plan);
        List<String> tests = plan == null ? List.of() : plan.missingTests().stream().map(t -> t.id()).toList();
        List<String> trials = plan == null ? List.of()
                : plan.trials().stream().filter(t -> "eligible".equals(t.match())).map(TrialMatch::nctId).toList();
        ObjectNode o = json.createObjectNode();
        o.put("patientId", id);
        o.put("status", status);
        o.put("asOf", asOf.toString());
        if (problem != null) {
            o.put("problem", problem);
        }
        if (plan != null) {
            o.put("knowledgeVersion", plan.knowledgeVersion());
            o.put("subtype", subtype);
            o.put("line", line);
            ArrayNode opts = o.putArray("options");
            for (PlanOption p : plan.options()) {
                ObjectNode x = opts.addObject();
                x.put("rank", p.rank());
                x.put("id", p.id());
                x.put("category", p.category());
                ArrayNode drugs = x.putArray("drugs");
                p.drugs().forEach(d -> drugs.add(d.name()));
            }
            ArrayNode excluded = o.putArray("excluded");
            plan.excluded().forEach(e -> excluded.add(e.id()));
            ArrayNode missing = o.putArray("missingTests");
            tests.forEach(missing::add);
            ArrayNode t = o.putArray("eligibleTrials");
            trials.forEach(t::add);
            ArrayNode cs = o.putArray("courses");
            for (CourseJudgement c : courses) {
                ObjectNode x = cs.addObject();
                x.put("start", c.start().toString());
                ArrayNode drugs = x.putArray("drugs");
                c.drugs().forEach(drugs::add);
                x.put("line", c.line());
                x.put("inAnOption", c.anyDrug());
                x.put("exactOption", c.exact());
            }
            if (previous != null) {
                ArrayNode g = o.putArray("gained");
                gained.forEach(g::add);
                ArrayNode l = o.putArray("lost");
                lost.forEach(l::add);
            }
        }
        ObjectNode dq = o.putObject("dataQuality");
        issues.forEach(dq::put);
        if (plan != null) {
            o.put("disclaimer", plan.disclaimer());
        }
        try {
            return new PatientOutcome(id, status, problem, subtype, line, options, tests, trials, courses, issues, gained, lost,
                    json.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cohort line could not be written", e);
        }
    }
}
