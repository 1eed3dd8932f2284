package org.mbcnav.engine.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcnav.model.course.Lesion;
import org.mbcnav.model.course.LesionStatus;
import org.mbcnav.model.course.Scan;

/** RECIST 1.1 rules at their boundaries: baseline selection (§3.1, §4.2) and target thresholds (§4.3.1). */
class RecistRulesTest {
    private static final LocalDate D0 = LocalDate.of(2025, 1, 1);
    private final RecistBaselineReader baseline = new RecistBaselineReader(CourseTestKnowledge.CK.recist());
    private final RecistEvaluator recist = new RecistEvaluator(CourseTestKnowledge.CK.recist());

    private static Lesion target(String id, String organ, boolean nodal, double mm) {
        return new Lesion(id, organ, nodal, true, mm, null, null, null);
    }

    private static Lesion at(String id, double mm) {
        return new Lesion(id, null, null, null, mm, null, null, null);
    }

    @ParameterizedTest(name = "baseline {0} -> {1} problem(s)")
    @CsvSource(delimiter = '|', value = {
            "liver:10 | 0", "liver:9.9 | 1", "node:15 | 0", "node:14.9 | 1", "bone:20 | 1", "bone-soft:20 | 0",
            "liver:20,liver:20,liver:20 | 1", "node:20,node:20,node:20 | 1", "liver:20,liver:20,lung:20,lung:20,adrenal:20 | 0",
            "liver:20,liver:20,lung:20,lung:20,adrenal:20,node:20 | 1"})
    void baselineRules(String spec, int problems) {
        List<Lesion> lesions = new ArrayList<>();
        int i = 0;
        for (String s : spec.split(",")) {
            String[] p = s.split(":");
            double mm = Double.parseDouble(p[1]);
            lesions.add(switch (p[0]) {
                case "node" -> target("T" + i++, "lymph-node", true, mm);
                case "bone" -> target("T" + i++, "bone", false, mm);
                case "bone-soft" -> new Lesion("T" + i++, "bone", false, true, mm, null, null, true);
                default -> target("T" + i++, p[0], false, mm);
            });
        }
        RecistBaseline b = baseline.read(new Scan(D0, true, null, lesions, null, null, null));
        assertThat(b.problems()).as(b.problems().toString()).hasSize(problems);
        b.problems().forEach(p -> assertThat(p).contains("RECIST 1.1 §"));
    }

    @ParameterizedTest(name = "baseline 100 mm -> {0} mm: {1}")
    @CsvSource({"70, PR", "70.1, SD", "71, SD", "0, CR"})
    void partialResponseBoundary(double now, String target) {
        Scan b = new Scan(D0, true, null, List.of(target("L1", "liver", false, 100)), null, null, null);
        Scan f = new Scan(D0.plusDays(56), false, null, List.of(at("L1", now)), null, null, null);
        assertThat(recist.series(b, List.of(f)).get(0).target().name()).isEqualTo(target);
    }

    @ParameterizedTest(name = "nadir {0} mm -> {1} mm: {2}")
    @CsvSource({"50, 60, PD", "50, 59.9, SD", "20, 25, PD", "20, 24.9, SD", "20, 24, SD", "10, 15, PD", "10, 14, SD"})
    void progressionNeedsTwentyPercentAndFiveMillimetres(double nadir, double now, String target) {
        Scan b = new Scan(D0, true, null, List.of(target("L1", "liver", false, nadir * 1.5)), null, null, null);
        Scan f1 = new Scan(D0.plusDays(56), false, null, List.of(at("L1", nadir)), null, null, null);
        Scan f2 = new Scan(D0.plusDays(112), false, null, List.of(at("L1", now)), null, null, null);
        assertThat(recist.series(b, List.of(f1, f2)).get(1).target().name()).isEqualTo(target);
    }

    @ParameterizedTest(name = "node {0} mm with liver gone -> {1}")
    @CsvSource({"9.9, CR", "10, PR"})
    void nodesBelowTenMillimetresCountAsNormal(double node, String target) {
        Scan b = new Scan(D0, true, null, List.of(target("N1", "lymph-node", true, 20), target("L1", "liver", false, 20)),
                null, null, null);
        Scan f = new Scan(D0.plusDays(56), false, null, List.of(at("N1", node),
                new Lesion("L1", null, null, null, null, null, LesionStatus.GONE, null)), null, null, null);
        assertThat(recist.series(b, List.of(f)).get(0).target().name()).isEqualTo(target);
    }

    @Test
    void tumourMarkersAboveNormalPreventANonTargetCompleteResponse() {
        Scan b = new Scan(D0, true, null, List.of(new Lesion("B1", "bone", false, false, null, null, null, null)), null,
                null, null);
        Scan gone = new Scan(D0.plusDays(56), false, null, List.of(new Lesion("B1", null, null, null, null, null,
                LesionStatus.ABSENT, null)), null, false, null);
        TimePointResponse r = recist.series(b, List.of(gone)).get(0);
        assertThat(r.overall()).isEqualTo(OverallResponse.NON_CR_NON_PD);
        assertThat(r.trace()).anyMatch(t -> t.contains("tumour markers above normal"));
    }

    @Test
    void bestResponseWithoutConfirmationNeedsTheStableDiseaseInterval() {
        BestResponseEvaluator best = new BestResponseEvaluator(CourseTestKnowledge.CK.recist());
        int min = CourseTestKnowledge.CK.recist().stableDiseaseMinDays();
        TimePointResponse early = tp(D0.plusDays(min - 1), OverallResponse.SD);
        TimePointResponse onTime = tp(D0.plusDays(min), OverallResponse.SD);
        assertThat(best.best(D0, List.of(early, tp(D0.plusDays(min + 30), OverallResponse.PD)), false).response())
                .isEqualTo(OverallResponse.PD);
        assertThat(best.best(D0, List.of(onTime), false).response()).isEqualTo(OverallResponse.SD);
        assertThat(best.best(D0, List.of(early), false).response()).isEqualTo(OverallResponse.NE);
        int conf = CourseTestKnowledge.CK.recist().confirmationMinDays();
        BestOverallResponse pr = best.best(D0, List.of(tp(D0.plusDays(56), OverallResponse.PR),
                tp(D0.plusDays(56 + conf - 1), OverallResponse.PR)), true);
        assertThat(pr.label()).isEqualTo("UNCONFIRMED_PR");
        BestOverallResponse confirmed = best.best(D0, List.of(tp(D0.plusDays(56), OverallResponse.CR),
                tp(D0.plusDays(56 + conf), OverallResponse.CR)), true);
        assertThat(confirmed.response()).isEqualTo(OverallResponse.CR);
        assertThat(confirmed.confirmed()).isTrue();
    }

    private static TimePointResponse tp(LocalDate d, OverallResponse o) {
        return new TimePointResponse(d, null, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
                TargetResponse.NONE, java.util.Set.of(), NonTargetResponse.NONE, "none", o, null, false, List.of());
    }
}
