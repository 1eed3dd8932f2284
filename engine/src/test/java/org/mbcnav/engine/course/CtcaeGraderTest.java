package org.mbcnav.engine.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcnav.model.course.LabValue;
import org.mbcnav.model.patient.LabTest;

/**
 * CTCAE v5 grade boundaries for every lab-graded term (knowledge/course/ctcae.yaml): each row is
 * a value on or just across a band edge. Empty cells are limits not recorded.
 */
class CtcaeGraderTest {
    private final CtcaeGrader grader = new CtcaeGrader(CourseTestKnowledge.CK.ctcae());

    @ParameterizedTest(name = "{0} {1} (ULN {2}, LLN {3}, baseline {4}) -> grade {5}")
    @CsvSource({
            // ANC 10^9/L: G1 [1.5, LLN), G2 [1.0, 1.5), G3 [0.5, 1.0), G4 < 0.5
            "anc, 2.0, , 2.0, , 0", "anc, 1.99, , 2.0, , 1", "anc, 1.5, , 2.0, , 1", "anc, 1.49, , 2.0, , 2",
            "anc, 1.0, , 2.0, , 2", "anc, 0.99, , 2.0, , 3", "anc, 0.5, , 2.0, , 3", "anc, 0.49, , 2.0, , 4",
            // platelets 10^9/L: G1 [75, LLN), G2 [50, 75), G3 [25, 50), G4 < 25
            "platelets, 150, , 150, , 0", "platelets, 75, , 150, , 1", "platelets, 74.9, , 150, , 2",
            "platelets, 50, , 150, , 2", "platelets, 49.9, , 150, , 3", "platelets, 25, , 150, , 3",
            "platelets, 24.9, , 150, , 4",
            // haemoglobin g/dL: G1 [10, LLN), G2 [8, 10), G3 < 8
            "hemoglobin, 12.0, , 12.0, , 0", "hemoglobin, 10.0, , 12.0, , 1", "hemoglobin, 9.9, , 12.0, , 2",
            "hemoglobin, 8.0, , 12.0, , 2", "hemoglobin, 7.9, , 12.0, , 3",
            // ALT, baseline normal, x ULN: (1, 3], (3, 5], (5, 20], > 20
            "alt, 40, 40, , , 0", "alt, 40.1, 40, , , 1", "alt, 120, 40, , , 1", "alt, 120.1, 40, , , 2",
            "alt, 200, 40, , , 2", "alt, 200.1, 40, , , 3", "alt, 800, 40, , , 3", "alt, 800.1, 40, , , 4",
            // ALT, baseline abnormal (80 > ULN 40), x baseline: [1.5, 3], (3, 5], (5, 20], > 20
            "alt, 119, 40, , 80, 0", "alt, 120, 40, , 80, 1", "alt, 240, 40, , 80, 1", "alt, 241, 40, , 80, 2",
            "alt, 400, 40, , 80, 2", "alt, 401, 40, , 80, 3", "alt, 1601, 40, , 80, 4",
            // AST follows the same bands
            "ast, 120, 40, , , 1", "ast, 120.1, 40, , , 2", "ast, 800.1, 40, , , 4",
            // bilirubin x ULN: (1, 1.5], (1.5, 3], (3, 10], > 10 (1.8 / 1.2 is exactly 1.5)
            "bilirubin, 1.2, 1.2, , , 0", "bilirubin, 1.8, 1.2, , , 1", "bilirubin, 1.81, 1.2, , , 2",
            "bilirubin, 3.6, 1.2, , , 2", "bilirubin, 3.61, 1.2, , , 3", "bilirubin, 12.0, 1.2, , , 3",
            "bilirubin, 12.1, 1.2, , , 4",
            // creatinine x ULN: (1, 1.5], (1.5, 3], (3, 6], > 6; x baseline: (1.5, 3] G2, > 3 G3
            "creatinine, 1.0, 1.0, , , 0", "creatinine, 1.5, 1.0, , , 1", "creatinine, 1.51, 1.0, , , 2",
            "creatinine, 3.0, 1.0, , , 2", "creatinine, 3.01, 1.0, , , 3", "creatinine, 6.0, 1.0, , , 3",
            "creatinine, 6.01, 1.0, , , 4", "creatinine, 1.3, 1.0, , 0.8, 2", "creatinine, 1.2, 1.0, , 0.8, 1",
            "creatinine, 2.5, 1.0, , 0.8, 3",
            // QTcF ms: 450-480 G1, 481-500 G2, >= 501 G3, > 60 ms over baseline G3
            "qtcf, 449, , , , 0", "qtcf, 450, , , , 1", "qtcf, 480, , , , 1", "qtcf, 481, , , , 2", "qtcf, 500, , , , 2",
            "qtcf, 501, , , , 3", "qtcf, 460, , , 400, 1", "qtcf, 461, , , 400, 3",
            // LVEF %: 50-40 G2, 39-20 G3, < 20 G4; drop 10-19 G2, >= 20 G3
            "lvef, 51, , , , 0", "lvef, 50, , , , 2", "lvef, 40, , , , 2", "lvef, 39, , , , 3", "lvef, 20, , , , 3",
            "lvef, 19, , , , 4", "lvef, 56, , , 65, 0", "lvef, 55, , , 65, 2", "lvef, 45, , , 65, 3"})
    void grade(String test, double value, Double uln, Double lln, Double baseline, int grade) {
        LabTest lab = java.util.Arrays.stream(LabTest.values()).filter(t -> t.code().equals(test)).findFirst().orElseThrow();
        LabGrade g = grader.grade(new LabValue(lab, value, uln, lln, baseline)).orElseThrow();
        assertThat(g.grade()).as(String.join("\n", g.trace())).isEqualTo(grade);
        assertThat(g.trace()).anyMatch(t -> t.startsWith("CTCAE v5.0"));
    }

    @org.junit.jupiter.api.Test
    void withoutTheLabsLowerLimitAGrade1CountIsOnlyPossible() {
        LabGrade g = grader.grade(new LabValue(LabTest.ANC, 1.6, null, null, null)).orElseThrow();
        assertThat(g.grade()).isZero();
        assertThat(g.possibleGrade()).isEqualTo(1);
        LabGrade low = grader.grade(new LabValue(LabTest.ANC, 0.8, null, null, null)).orElseThrow();
        assertThat(low.grade()).isEqualTo(3);
        assertThat(low.possibleGrade()).isNull();
    }

    @org.junit.jupiter.api.Test
    void labsWithoutBandsAreNotGraded() {
        assertThat(grader.grade(new LabValue(LabTest.POTASSIUM, 3.0, null, null, null))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void unverifiedBandsAreMarked() {
        assertThat(grader.grade(new LabValue(LabTest.LVEF, 45, null, null, null)).orElseThrow().unverified()).isTrue();
        assertThat(grader.grade(new LabValue(LabTest.ANC, 0.8, null, null, null)).orElseThrow().unverified()).isFalse();
    }
}
