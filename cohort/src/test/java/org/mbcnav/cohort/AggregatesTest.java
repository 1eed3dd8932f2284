package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.DataQualityIssue;

class AggregatesTest {
    private static PatientOutcome planned(String id, String subtype, List<String> options, List<String> gained, List<String> lost,
            List<CourseJudgement> courses) {
        return new PatientOutcome(id, PatientOutcome.PLANNED, null, subtype, 2, options, List.of("esr1-ctdna"), List.of("NCT1"), courses,
                Map.of("warning", 2), gained, lost, "{}");
    }

    @Test
    void mergingPartsGivesTheWholeWhateverTheSplit() {
        CourseJudgement c = new CourseJudgement(LocalDate.of(2025, 1, 1), List.of("fulvestrant"), 2, true, false);
        List<PatientOutcome> all = List.of(
                planned("a", "hr-positive-her2-negative", List.of("x", "y"), List.of("y"), List.of(), List.of(c)),
                planned("b", "triple-negative", List.of("y"), List.of(), List.of("z"), List.of()),
                new PatientOutcome("c", PatientOutcome.NOT_IMPORTED, "Bundle: no primary", null, 0, List.of(), List.of(), List.of(), List.of(),
                        Map.of("error", 1), List.of(), List.of(), "{}"));
        Aggregates whole = new Aggregates().compared();
        all.forEach(whole::add);
        Aggregates left = new Aggregates().compared().add(all.get(2));
        Aggregates right = new Aggregates().add(all.get(1)).add(all.get(0));
        assertThat(left.merge(right).toMap()).isEqualTo(whole.toMap());

        Map<String, Object> m = whole.toMap();
        assertThat(m.get("patients")).isEqualTo(3L);
        @SuppressWarnings("unchecked")
        Map<String, Object> kb = (Map<String, Object>) m.get("knowledgeComparison");
        assertThat(kb.get("patientsChanged")).isEqualTo(2L);
        assertThat(kb.get("gained")).isEqualTo(Map.of("y", 1L));
        assertThat(kb.get("lost")).isEqualTo(Map.of("z", 1L));
        @SuppressWarnings("unchecked")
        Map<String, Object> trials = (Map<String, Object>) m.get("trials");
        assertThat(trials.get("patientsWithAnEligibleTrial")).isEqualTo(2L);
    }

    @Test
    void fileIssuesAreSortedAndCountedWhereverTheyWereFound() {
        DataQualityIssue l9 = new DataQualityIssue("error", "Observation.ndjson line 9", "NDJSON line", "invalid JSON");
        DataQualityIssue l2 = new DataQualityIssue("error", "Condition.ndjson line 2", "NDJSON line", "invalid JSON");
        Aggregates a = new Aggregates().addFileIssues(List.of(l9)).merge(new Aggregates().addFileIssues(List.of(l2)));
        Aggregates b = new Aggregates().addFileIssues(List.of(l2, l9));
        assertThat(a.toMap()).isEqualTo(b.toMap());
        assertThat(a.malformedLines()).isEqualTo(2);
    }
}
