package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.engine.Planner;
import org.mbcnav.model.course.AdverseEvent;
import org.mbcnav.model.course.BiopsyEvent;
import org.mbcnav.model.course.Course;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.CtdnaFinding;
import org.mbcnav.model.course.CtdnaResult;
import org.mbcnav.model.course.DoseChange;
import org.mbcnav.model.course.MonitoringCheck;
import org.mbcnav.model.course.NewLesion;
import org.mbcnav.model.course.ProgressionBasis;
import org.mbcnav.model.course.ProgressionEvent;
import org.mbcnav.model.course.Scan;
import org.mbcnav.model.course.TreatmentStart;
import org.mbcnav.model.course.TreatmentStop;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.course.knowledge.DoseModificationTable;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Response;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.VariantResult;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;

/**
 * Replays a course event by event through the one pipeline: each scan gets its RECIST 1.1
 * response, each adverse event its CTCAE grade and label dose proposals, and each event that
 * matters (progression by RECIST or declared, a new actionable alteration, a receptor change,
 * a stop) a re-plan with the diff between the plans just before and just after it. Pure: the
 * same course, knowledge and as-of date always give the same replay.
 */
public final class CourseReplayer {
    private final Knowledge k;
    private final CourseKnowledge ck;
    private final Planner planner;
    private final RecistEvaluator recist;
    private final BestResponseEvaluator best;
    private final CtcaeGrader grader;
    private final DoseModifier doses;
    private final boolean confirmationRequired;

    public CourseReplayer(Knowledge k, CourseKnowledge ck) {
        this(k, ck, false);
    }

    /** confirmationRequired: RECIST confirmation of CR/PR (trials with response as primary endpoint; not routine care). */
    public CourseReplayer(Knowledge k, CourseKnowledge ck, boolean confirmationRequired) {
        this.k = k;
        this.ck = ck;
        this.planner = new Planner(k);
        this.recist = new RecistEvaluator(ck.recist());
        this.best = new BestResponseEvaluator(ck.recist());
        this.grader = new CtcaeGrader(ck.ctcae());
        this.doses = new DoseModifier(ck);
        this.confirmationRequired = confirmationRequired;
    }

    public CourseReplay replay(Course course, LocalDate asOf) {
        Run run = new Run(course);
        run.execute(asOf);
        LineState line = run.line;
        List<ScheduledCheck> checks = line == null ? List.of()
                : new MonitoringTracker(k, ck.tracking()).track(run.patient, line.label, line.drugs, line.start, asOf,
                run.eventsSoFar);
        CourseStatus status = new CourseStatus(asOf, line == null ? null : run.lineNumber, line == null ? null : line.start,
                line == null ? List.of() : line.drugs, line == null ? Map.of() : line.doses,
                line == null || line.responses.isEmpty() ? null : line.responses.get(line.responses.size() - 1),
                line == null || line.baseline == null ? null : best.best(line.baseline.date(), line.responses, confirmationRequired),
                line == null ? List.of() : line.adverseEvents,
                checks.stream().filter(c -> c.status().equals("overdue") || c.status().equals("due")).toList(),
                checks.stream().filter(c -> c.status().equals("upcoming")).toList(),
                planner.plan(run.patient, asOf));
        return new CourseReplay(asOf, run.timeline, run.patient, status, run.problems);
    }

    /** The mutable state of one replay; every method applies one kind of event. */
    private final class Run {
        final Course course;
        Patient patient;
        LineState line;
        int lineNumber;
        Scan pendingBaseline;
        final List<TimelineEntry> timeline = new ArrayList<>();
        final List<CourseProblem> problems = new ArrayList<>();
        final List<CourseEvent> eventsSoFar = new ArrayList<>();

        Run(Course course) {
            this.course = course;
            this.patient = course.patient();
            this.lineNumber = (int) patient.treatments().stream().filter(t -> t.setting() == TherapySetting.METASTATIC)
                    .map(TreatmentCourse::start).distinct().count();
            patient.treatments().stream().filter(t -> t.end() == null && t.setting() == TherapySetting.METASTATIC)
                    .findFirst().ifPresent(t -> line = newLine(t.start(), t.drugs()));
        }

        void execute(LocalDate asOf) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < course.events().size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> course.events().get(i).date()));
            LocalDate first = order.isEmpty() ? asOf : course.events().get(order.get(0)).date();
            Plan initial = planner.plan(patient, first.isAfter(asOf) ? asOf : first);
            timeline.add(new TimelineEntry(-1, initial.asOf(), "plan", "Plan at the start of the course: "
                    + initial.options().size() + " option(s); line " + initial.patientSummary().line() + " about to start",
                    topOptions(initial, 5), null, null, null));
            for (int i : order) {
                CourseEvent e = course.events().get(i);
                if (e.date().isAfter(asOf)) {
                    continue;
                }
                eventsSoFar.add(e);
                switch (e) {
                    case Scan s -> scan(i, s);
                    case AdverseEvent a -> adverse(i, a);
                    case CtdnaResult c -> ctdna(i, c);
                    case ProgressionEvent p -> progression(i, p);
                    case TreatmentStart t -> start(i, t);
                    case TreatmentStop t -> stop(i, t);
                    case DoseChange d -> dose(i, d);
                    case BiopsyEvent b -> biopsy(i, b);
                    case MonitoringCheck c -> check(i, c);
                }
            }
        }

        LineState newLine(LocalDate start, List<String> drugs) {
            LineState l = new LineState(start, drugs, String.join(" + ", drugs));
            for (String d : drugs) {
                ck.doseTable(d).map(t -> t.levels(drugs.size() == 1)).filter(lv -> !lv.isEmpty())
                        .ifPresent(lv -> l.doses.put(d, lv.get(0)));
            }
            return l;
        }

        void start(int i, TreatmentStart t) {
            List<String> details = new ArrayList<>();
            if (line != null) {
                problems.add(new CourseProblem(i, "", "a new regimen starts while " + line.label
                        + " is still running; record progression or stop-treatment first (closed here as 'other')"));
                patient = PatientUpdater.close(patient, t.date(), StopReason.OTHER, null);
            }
            for (String d : t.drugs()) {
                if (k.drug(d).isEmpty()) {
                    problems.add(new CourseProblem(i, "drugs", "unknown drug '" + d + "' (not in knowledge/drugs.yaml)"));
                }
            }
            Plan plan = planner.plan(patient, t.date());
            Optional<PlanOption> match = plan.options().stream().filter(o -> drugsOf(o).containsAll(t.drugs())
                    && (t.regimen() == null || t.regimen().equals(o.id()))).findFirst();
            details.add(match.map(o -> "matches option #" + o.rank() + " of the plan: " + o.title() + " (" + o.id() + ")")
                    .orElse("not among the options of the plan made on " + t.date() + " (the clinician's choice stands)"));
            patient = PatientUpdater.start(patient, t.date(), t.drugs(), t.note());
            lineNumber++;
            line = newLine(t.date(), t.drugs());
            if (pendingBaseline != null) {
                line.baseline = pendingBaseline;
                details.add("RECIST baseline: scan of " + pendingBaseline.date());
                pendingBaseline = null;
            }
            line.doses.forEach((d, dose) -> details.add(d + " at " + dose));
            timeline.add(new TimelineEntry(i, t.date(), "start-treatment", "Line " + lineNumber + " started: " + line.label,
                    details, null, null, null));
        }

        void scan(int i, Scan s) {
            if (s.startsSeries()) {
                RecistBaseline b = new RecistBaselineReader(ck.recist()).read(s);
                b.problems().forEach(p -> problems.add(new CourseProblem(i, "lesions", p)));
                List<String> details = new ArrayList<>(b.trace());
                details.addAll(b.problems().stream().map(p -> "baseline problem: " + p).toList());
                if (line != null && line.followUps.isEmpty()) {
                    line.baseline = s;
                } else if (line != null) {
                    details.add("a new baseline during a running line restarts its RECIST series");
                    line.baseline = s;
                    line.followUps.clear();
                    line.responses.clear();
                } else {
                    pendingBaseline = s;
                    details.add("baseline for the next line");
                }
                timeline.add(new TimelineEntry(i, s.date(), "scan", "Baseline scan: " + b.targets().size() + " target, "
                        + b.nonTargets().size() + " non-target lesion(s)", details, null, null, null));
                return;
            }
            if (line == null || line.baseline == null) {
                problems.add(new CourseProblem(i, "baseline", "a follow-up scan needs a baseline scan (baseline: true) for the"
                        + " running line"));
                timeline.add(new TimelineEntry(i, s.date(), "scan", "Scan without a baseline: no RECIST response",
                        List.of(), null, null, null));
                return;
            }
            Set<String> known = new TreeSet<>();
            line.baseline.lesions().forEach(l -> known.add(l.id()));
            s.lesions().stream().filter(l -> !known.contains(l.id())).forEach(l -> problems.add(new CourseProblem(i,
                    "lesions", "lesion '" + l.id() + "' is not in the baseline; record a new lesion under newLesions")));
            line.followUps.add(s);
            List<TimePointResponse> all = recist.series(line.baseline, line.followUps);
            TimePointResponse tp = all.get(all.size() - 1);
            line.responses.clear();
            line.responses.addAll(all);
            timeline.add(new TimelineEntry(i, s.date(), "scan", "Scan: RECIST " + tp.overall().label()
                    + (tp.pendingConfirmation() ? " (equivocal new lesion: re-image)" : ""), tp.trace(), tp, null, null));
            if (tp.overall() == OverallResponse.PD) {
                List<MetastaticSiteType> sites = new ArrayList<>();
                for (NewLesion n : s.newLesions()) {
                    if (!n.unconfirmed() && n.site() != null) {
                        siteOf(n.site()).ifPresent(sites::add);
                    }
                }
                closeForProgression(i, s.date(), "RECIST progression on " + tp.progressionDate(), sites);
            }
        }

        void progression(int i, ProgressionEvent p) {
            if (line == null) {
                Patient before = patient;
                patient = PatientUpdater.addSites(patient, p.newSites(), p.date());
                if (before != patient) {
                    replan(i, p.date(), "new metastatic site(s) " + p.newSites(), before, "progression");
                } else {
                    timeline.add(new TimelineEntry(i, p.date(), "progression", "Progression recorded; no line is running"
                            + " (already closed)", List.of(), null, null, null));
                }
                return;
            }
            String basis = p.basis() == ProgressionBasis.RECIST ? "RECIST progression" : "clinical progression";
            closeForProgression(i, p.date(), basis + " declared by the clinician" + (p.note() == null ? "" : ": " + p.note()),
                    p.newSites());
        }

        void closeForProgression(int i, LocalDate date, String why, List<MetastaticSiteType> sites) {
            Patient before = patient;
            BestOverallResponse bor = line.baseline == null ? null
                    : best.best(line.baseline.date(), line.responses, confirmationRequired);
            patient = PatientUpdater.close(patient, date, StopReason.PROGRESSION, bor == null ? null : response(bor.response()));
            patient = PatientUpdater.addSites(patient, sites, date);
            String closed = "line " + lineNumber + " (" + line.label + ") closed: progression"
                    + (bor == null ? "" : "; best response " + bor.label());
            line = null;
            replan(i, date, why + "; " + closed, before, "progression");
        }

        void stop(int i, TreatmentStop t) {
            if (line == null) {
                problems.add(new CourseProblem(i, "", "no regimen is running to stop"));
                return;
            }
            Patient before = patient;
            BestOverallResponse bor = line.baseline == null ? null
                    : best.best(line.baseline.date(), line.responses, confirmationRequired);
            patient = PatientUpdater.close(patient, t.date(), t.reason(), bor == null ? null : response(bor.response()));
            String label = line.label;
            line = null;
            replan(i, t.date(), label + " stopped (" + (t.reason() == null ? "no reason given" : t.reason().code()) + ")",
                    before, "stop-treatment");
        }

        void adverse(int i, AdverseEvent a) {
            LabGrade lab = a.lab() == null ? null : grader.grade(a.lab()).orElse(null);
            if (a.lab() != null) {
                patient = PatientUpdater.addLabs(patient, List.of(new LabResult(a.lab().test(), a.lab().value(), a.date(),
                        a.lab().uln())));
            }
            String termId = a.term() != null ? a.term() : lab != null ? lab.termId() : null;
            Integer grade = a.grade() != null ? a.grade() : lab != null ? Integer.valueOf(lab.grade()) : null;
            if (termId == null || grade == null) {
                problems.add(new CourseProblem(i, a.lab() != null ? "lab" : "grade", a.lab() != null
                        ? "no CTCAE bands for lab '" + a.lab().test().code() + "'; give term and grade"
                        : "give the grade (1-5) or a lab value to derive it from"));
                return;
            }
            if (ck.ctcae().term(termId).isEmpty()) {
                problems.add(new CourseProblem(i, "term", "unknown CTCAE term '" + termId + "' (not in knowledge/course/ctcae.yaml)"));
            }
            String term = ck.ctcae().term(termId).map(t -> t.term()).orElse(termId);
            String basis = a.grade() != null ? "recorded by the clinician" : "derived from " + a.lab().test().code();
            List<String> details = new ArrayList<>();
            if (lab != null) {
                details.addAll(lab.trace());
                if (a.grade() != null && lab.grade() != a.grade()) {
                    details.add("the recorded grade " + a.grade() + " differs from the lab-derived grade " + lab.grade()
                            + "; the recorded grade is used");
                }
                if (lab.possibleGrade() != null) {
                    details.add("grade may be " + lab.possibleGrade() + ": record the lab's limits to settle it");
                }
            }
            int occurrence = 1;
            List<DoseProposal> proposals = new ArrayList<>();
            if (line == null) {
                details.add("no regimen is running: no dose proposal");
            } else {
                for (AdverseEventAssessment earlier : line.adverseEvents) {
                    if (earlier.termId().equals(termId) && earlier.grade() == grade) {
                        occurrence++;
                    }
                }
                List<String> attributed = a.drugs().isEmpty() ? line.drugs : a.drugs();
                for (String d : attributed) {
                    if (!line.drugs.contains(d)) {
                        problems.add(new CourseProblem(i, "drugs", "'" + d + "' is not part of the running regimen ("
                                + line.label + ")"));
                        continue;
                    }
                    if (grade >= 1) {
                        proposals.addAll(doses.propose(d, termId, grade, occurrence, line.doses.get(d), line.drugs.size() == 1));
                    }
                }
                proposals.forEach(p -> details.add("proposal: " + p.text()));
            }
            AdverseEventAssessment ae = new AdverseEventAssessment(a.date(), termId, term, grade, basis, lab, occurrence, proposals);
            if (line != null) {
                line.adverseEvents.add(ae);
            }
            timeline.add(new TimelineEntry(i, a.date(), "adverse-event", term + " grade " + grade + " (" + basis + ")"
                    + (occurrence > 1 ? ", occurrence " + occurrence : ""), details, null, ae, null));
        }

        void dose(int i, DoseChange d) {
            if (line == null || !line.drugs.contains(d.drug())) {
                problems.add(new CourseProblem(i, "drug", "'" + d.drug() + "' is not part of a running regimen"));
                return;
            }
            Optional<DoseModificationTable> t = ck.doseTable(d.drug());
            List<String> levels = t.map(x -> x.levels(line.drugs.size() == 1)).orElse(List.of());
            if (!levels.isEmpty() && !levels.contains(d.dose())) {
                problems.add(new CourseProblem(i, "dose", "'" + d.dose() + "' is not a dose level of " + d.drug() + " "
                        + levels));
                return;
            }
            String from = line.doses.put(d.drug(), d.dose());
            timeline.add(new TimelineEntry(i, d.date(), "dose-change", d.drug() + ": " + (from == null ? "" : from + " -> ")
                    + d.dose(), d.note() == null ? List.of() : List.of(d.note()), null, null, null));
        }

        void ctdna(int i, CtdnaResult c) {
            Set<String> detectedBefore = new TreeSet<>();
            for (GenomicResult g : patient.genomics()) {
                if (detected(g.result())) {
                    detectedBefore.add(g.gene());
                }
            }
            List<String> fresh = new ArrayList<>();
            for (CtdnaFinding f : c.findings()) {
                if (detected(f.result()) && ck.replanTriggers().genes().contains(f.gene()) && !detectedBefore.contains(f.gene())) {
                    fresh.add(f.gene() + (f.alteration() == null ? "" : " " + f.alteration()));
                }
            }
            Patient before = patient;
            patient = PatientUpdater.addGenomics(patient, c);
            List<String> found = c.findings().stream().map(f -> f.gene() + " " + (f.result() == null ? "?" : f.result().code())
                    + (f.alteration() == null ? "" : " (" + f.alteration() + ")")).toList();
            if (fresh.isEmpty()) {
                timeline.add(new TimelineEntry(i, c.date(), "ctdna", "ctDNA: " + String.join(", ", found), List.of(
                        "no newly detected alteration in " + ck.replanTriggers().genes()), null, null, null));
                return;
            }
            replan(i, c.date(), "ctDNA newly detected " + String.join(", ", fresh), before, "ctdna");
        }

        void biopsy(int i, BiopsyEvent b) {
            if (b.biopsy() == null) {
                problems.add(new CourseProblem(i, "biopsy", "the biopsy's results are missing"));
                return;
            }
            Patient before = patient;
            patient = PatientUpdater.addBiopsy(patient, b.biopsy(), b.date());
            Plan was = planner.plan(before, b.date());
            Plan now = planner.plan(patient, b.date());
            List<String> changes = new ArrayList<>();
            for (String f : ck.replanTriggers().receptorFields()) {
                Object x = summaryField(was.patientSummary(), f);
                Object y = summaryField(now.patientSummary(), f);
                if (!java.util.Objects.equals(x, y)) {
                    changes.add(f + " " + x + " -> " + y);
                }
            }
            if (changes.isEmpty()) {
                timeline.add(new TimelineEntry(i, b.date(), "biopsy", "Biopsy: receptor status unchanged", List.of(), null,
                        null, null));
                return;
            }
            Replan r = new Replan("new biopsy: " + String.join("; ", changes), was, now, PlanDiffer.diff(was, now));
            timeline.add(new TimelineEntry(i, b.date(), "biopsy", "Re-plan: " + r.trigger(), describe(r.diff(), now), null,
                    null, r));
        }

        void check(int i, MonitoringCheck c) {
            patient = PatientUpdater.addLabs(patient, c.labs());
            timeline.add(new TimelineEntry(i, c.date(), "check", "Monitoring done: " + (c.items().isEmpty() ? c.kind()
                    : String.join(", ", c.items())), c.note() == null ? List.of() : List.of(c.note()), null, null, null));
        }

        void replan(int i, LocalDate date, String trigger, Patient before, String kind) {
            Plan was = planner.plan(before, date);
            Plan now = planner.plan(patient, date);
            Replan r = new Replan(trigger, was, now, PlanDiffer.diff(was, now));
            timeline.add(new TimelineEntry(i, date, kind, "Re-plan: " + trigger, describe(r.diff(), now), null, null, r));
        }
    }

    /** Rank moves further down the list are kept in the diff but not narrated. */
    private static final int SHOWN_RANKS = 5;

    private static List<String> describe(PlanDiff d, Plan now) {
        List<String> out = new ArrayList<>();
        d.summaryChanges().forEach(s -> out.add("changed: " + s));
        d.added().forEach(o -> out.add("+ option #" + o.rank() + " " + o.title() + " — " + String.join("; ", o.why())));
        d.removed().forEach(o -> out.add("- option (was #" + o.rank() + ") " + o.title() + " — now " + o.nowKind() + ": "
                + String.join("; ", o.why())));
        d.moved().stream().filter(m -> Math.min(m.fromRank(), m.toRank()) <= SHOWN_RANKS)
                .forEach(m -> out.add("~ " + m.title() + ": #" + m.fromRank() + " -> #" + m.toRank()));
        d.exclusionsChanged().stream().filter(e -> !e.fromKind().equals(e.toKind())).forEach(e -> out.add("~ ruled out " + e.title() + ": " + e.fromKind() + " -> " + e.toKind()
                + (e.toReasons().isEmpty() ? "" : " (" + String.join("; ", e.toReasons()) + ")")));
        d.missingTestsAdded().forEach(t -> out.add("+ test: " + t));
        d.missingTestsSettled().forEach(t -> out.add("- test no longer missing: " + t));
        if (d.empty()) {
            out.add("the plan did not change");
        }
        out.addAll(topOptions(now, 3));
        return out;
    }

    private static List<String> topOptions(Plan p, int n) {
        List<String> out = new ArrayList<>();
        p.options().stream().limit(n).forEach(o -> out.add("option #" + o.rank() + ": " + o.title() + " [" + o.category() + "]"));
        return out;
    }

    private static Object summaryField(PatientSummary s, String field) {
        return switch (field) {
            case "hormoneReceptor" -> s.hormoneReceptor();
            case "her2Category" -> s.her2Category();
            case "subtype" -> s.subtype();
            case "erLow" -> s.erLow();
            default -> null;
        };
    }

    private static List<String> drugsOf(PlanOption o) {
        return o.drugs().stream().map(DrugRef::name).toList();
    }

    private static boolean detected(VariantResult r) {
        return r == VariantResult.PATHOGENIC || r == VariantResult.LIKELY_PATHOGENIC;
    }

    /** A course's best response as a TreatmentCourse records it; non-CR/non-PD has no equivalent there. */
    private static Response response(OverallResponse o) {
        return switch (o) {
            case CR -> Response.CR;
            case PR -> Response.PR;
            case SD -> Response.SD;
            case PD -> Response.PD;
            case NE -> Response.NE;
            case NON_CR_NON_PD -> null;
        };
    }

    private static Optional<MetastaticSiteType> siteOf(String code) {
        for (MetastaticSiteType t : MetastaticSiteType.values()) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
