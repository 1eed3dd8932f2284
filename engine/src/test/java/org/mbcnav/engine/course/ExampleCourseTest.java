package org.mbcnav.engine.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mbcnav.io.CourseReader;
import org.mbcnav.model.course.Course;

/** The multi-year example course (examples/courses/) replays without problems and tells its story. */
class ExampleCourseTest {
    @Test
    void theMultiYearCourseReplays() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 6, 8);
        Course course = new CourseReader(CourseTestKnowledge.K.drugs().keySet())
                .read(Path.of("examples/courses/hr-positive-multi-year.yaml"), asOf);
        CourseReplay r = new CourseReplayer(CourseTestKnowledge.K, CourseTestKnowledge.CK).replay(course, asOf);
        assertThat(r.problems()).isEmpty();

        AdverseEventAssessment neutropenia = r.timeline().stream().filter(e -> e.adverseEvent() != null).findFirst()
                .orElseThrow().adverseEvent();
        assertThat(neutropenia.termId()).isEqualTo("neutrophil-count-decreased");
        assertThat(neutropenia.grade()).isEqualTo(3);
        assertThat(neutropenia.gradeBasis()).contains("derived");
        assertThat(neutropenia.proposals().get(0).action()).isEqualTo("hold");

        TimelineEntry pd = r.timeline().stream().filter(e -> e.response() != null
                && e.response().overall() == OverallResponse.PD).findFirst().orElseThrow();
        assertThat(pd.response().progressionDate()).isEqualTo(LocalDate.of(2025, 4, 14));

        assertThat(r.timeline()).filteredOn(e -> e.replan() != null).hasSize(3);
        TimelineEntry esr1 = r.timeline().stream().filter(e -> e.kind().equals("ctdna")).findFirst().orElseThrow();
        assertThat(esr1.replan().diff().added()).extracting(PlanDiff.OptionChange::id).contains("hrp-esr1-elacestrant");

        assertThat(r.timeline()).filteredOn(e -> e.kind().equals("start-treatment")).hasSize(3)
                .allMatch(e -> e.details().get(0).startsWith("matches option"));
        assertThat(r.status().line()).isEqualTo(3);
        assertThat(r.status().drugs()).containsExactly("trastuzumab deruxtecan");
        assertThat(r.status().bestResponse().response()).isEqualTo(OverallResponse.PR);
        assertThat(r.status().upcoming()).isNotEmpty();
        assertThat(r.patient().treatments()).filteredOn(t -> t.stopReason() != null).hasSize(2);
    }

    @Test
    void replayIsDeterministic() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 6, 8);
        Course course = new CourseReader(CourseTestKnowledge.K.drugs().keySet())
                .read(Path.of("examples/courses/hr-positive-multi-year.yaml"), asOf);
        CourseReplayer replayer = new CourseReplayer(CourseTestKnowledge.K, CourseTestKnowledge.CK);
        assertThat(replayer.replay(course, asOf)).isEqualTo(replayer.replay(course, asOf));
    }
}
