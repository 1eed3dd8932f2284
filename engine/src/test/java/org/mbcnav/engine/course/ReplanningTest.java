package org.mbcnav.engine.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mbcnav.engine.Planner;
import org.mbcnav.io.PatientReader;
import org.mbcnav.model.course.BiopsyEvent;
import org.mbcnav.model.course.Course;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.CtdnaFinding;
import org.mbcnav.model.course.CtdnaResult;
import org.mbcnav.model.course.ProgressionBasis;
import org.mbcnav.model.course.ProgressionEvent;
import org.mbcnav.model.course.TreatmentStart;
import org.mbcnav.model.patient.AlterationType;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Her2Result;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.VariantResult;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;

/**
 * Re-planning after progression for every subtype (examples/patients): the patient starts the
 * plan's first option, progresses a year later, and the re-plan closes the line with
 * progression, stops offering the regimen just failed and says what changed.
 */
class ReplanningTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private static Patient patient(String file) throws Exception {
        return new PatientReader(CourseTestKnowledge.K.drugs().keySet()).read(Path.of("examples/patients", file), START);
    }

    @ParameterizedTest(name = "{0}")
    // The last column says whether the failed regimen must be ruled out for the next line: always,
    // by the no-rechallenge rule of knowledge/definitions.yaml (it closed the talazoparib gap).
    @CsvSource({"hr-positive-de-novo-first-line.yaml, hr-positive-her2-negative, true",
            "her2-positive-first-line.yaml, her2-positive, true",
            "tnbc-pdl1-positive-first-line.yaml, triple-negative, true",
            "tnbc-germline-brca1.yaml, triple-negative, true"})
    void progressionClosesTheLineAndReplans(String file, String subtype, boolean ruledOut) throws Exception {
        Patient p = patient(file);
        Plan first = new Planner(CourseTestKnowledge.K).plan(p, START);
        assertThat(first.patientSummary().subtype()).isEqualTo(subtype);
        PlanOption chosen = first.options().stream().filter(o -> !o.drugs().isEmpty()).findFirst().orElseThrow();
        List<String> drugs = chosen.drugs().stream().map(DrugRef::name).toList();
        LocalDate progression = START.plusYears(1);
        Course course = new Course("t", null, p, List.<CourseEvent>of(
                new TreatmentStart(START, drugs, chosen.id(), null),
                new ProgressionEvent(progression, ProgressionBasis.CLINICAL, List.of(), null)));
        CourseReplay replay = new CourseReplayer(CourseTestKnowledge.K, CourseTestKnowledge.CK).replay(course, progression);
        assertThat(replay.problems()).isEmpty();
        TimelineEntry entry = replay.timeline().stream().filter(e -> e.replan() != null).findFirst().orElseThrow();
        assertThat(entry.headline()).contains("line 1").contains("closed: progression");
        TreatmentCourse closed = replay.patient().treatments().get(replay.patient().treatments().size() - 1);
        assertThat(closed.stopReason()).isEqualTo(StopReason.PROGRESSION);
        assertThat(closed.end()).isEqualTo(progression);
        Plan after = entry.replan().after();
        if (ruledOut) {
            assertThat(after.options()).extracting(PlanOption::id).doesNotContain(chosen.id());
            assertThat(after.excluded()).extracting(org.mbcnav.model.plan.Exclusion::id).contains(chosen.id());
        }
        assertThat(entry.replan().diff().empty()).isFalse();
        assertThat(entry.replan().diff().summaryChanges()).anyMatch(s -> s.startsWith("prior drug classes"));
        assertThat(replay.status().drugs()).isEmpty();
    }

    @Test
    void aNewEsr1MutationInCtdnaOpensElacestrant() throws Exception {
        Patient p = patient("hr-positive-de-novo-first-line.yaml");
        LocalDate progression = START.plusYears(1);
        Course course = new Course("t", null, p, List.<CourseEvent>of(
                new TreatmentStart(START, List.of("letrozole", "palbociclib"), null, null),
                new ProgressionEvent(progression, ProgressionBasis.RECIST, List.of(), null),
                new CtdnaResult(progression.plusDays(7), "assay", List.of(new CtdnaFinding("ESR1", AlterationType.MUTATION,
                        "D538G", VariantResult.PATHOGENIC, 0.05)), null)));
        CourseReplay replay = new CourseReplayer(CourseTestKnowledge.K, CourseTestKnowledge.CK)
                .replay(course, progression.plusDays(7));
        TimelineEntry ctdna = replay.timeline().get(replay.timeline().size() - 1);
        assertThat(ctdna.kind()).isEqualTo("ctdna");
        assertThat(ctdna.replan().trigger()).contains("ESR1 D538G");
        assertThat(ctdna.replan().diff().added()).extracting(PlanDiff.OptionChange::id).contains("hrp-esr1-elacestrant");
    }

    @Test
    void aHer2ChangeOnANewBiopsyReplans() throws Exception {
        Patient p = patient("hr-positive-de-novo-first-line.yaml");
        Biopsy her2Positive = new Biopsy(null, "liver", true, 80.0, null, 10.0, null, new Her2Result("3+", null, null, null),
                null, null);
        Course course = new Course("t", null, p, List.<CourseEvent>of(new BiopsyEvent(START, her2Positive, null)));
        CourseReplay replay = new CourseReplayer(CourseTestKnowledge.K, CourseTestKnowledge.CK).replay(course, START);
        TimelineEntry biopsy = replay.timeline().get(replay.timeline().size() - 1);
        assertThat(biopsy.replan()).isNotNull();
        assertThat(biopsy.replan().trigger()).contains("her2Category");
        assertThat(biopsy.replan().diff().added()).isNotEmpty();
        assertThat(biopsy.replan().after().patientSummary().subtype()).isEqualTo("her2-positive");
    }
}
