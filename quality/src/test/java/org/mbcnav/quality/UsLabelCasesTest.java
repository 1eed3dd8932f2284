package org.mbcnav.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the evaluation case sets in the build: every case of evaluation/us-label-cases.yaml and
 * evaluation/coverage-cases.yaml must pass. A failure names each failing case and why.
 */
class UsLabelCasesTest {

    @Test
    void everyUsLabelCasePasses() throws Exception {
        assertAllPass("evaluation/us-label-cases.yaml");
    }

    @Test
    void everyCoverageCasePasses() throws Exception {
        assertAllPass("evaluation/coverage-cases.yaml");
    }

    @Test
    void theLabelSetHasAPositiveAndANearMissForEveryIndicationItNames() throws Exception {
        List<EvalCase> cases = new CaseFileReader(Fixtures.kb()).read(Fixtures.ROOT.resolve("evaluation/us-label-cases.yaml"));
        assertThat(cases).allSatisfy(c -> assertThat(c.indication()).as(c.id()).isNotNull());
        long positives = cases.stream().filter(c -> !c.mustOfferOnLabel().isEmpty() && c.id().contains("positive")).count();
        long nearMisses = cases.stream().filter(c -> c.id().contains("near-miss")).count();
        assertThat(positives).isGreaterThanOrEqualTo(45);
        assertThat(nearMisses).isGreaterThanOrEqualTo(40);
        assertThat(cases.stream().filter(c -> c.id().contains("near-miss")))
                .allSatisfy(c -> assertThat(c.mustNotOfferOnLabel()).as(c.id()).isNotEmpty());
    }

    private static void assertAllPass(String file) throws Exception {
        var k = Fixtures.kb();
        EvalReport report = new CaseEvaluator(k).run(new CaseFileReader(k).read(Fixtures.ROOT.resolve(file)));
        System.out.printf("%s: passed %s, recall %s, violations %s, set-match %s, exact-match %s%n", file,
                report.passed(), report.recall(), report.violations(), report.setMatch(), report.exactMatch());
        List<String> failures = report.cases().stream().filter(c -> !c.passed())
                .map(c -> c.id() + ": " + String.join("; ", c.failures())).toList();
        assertThat(failures).as("failing cases in " + file).isEmpty();
        assertThat(report.violations().count()).isZero();
        assertThat(report.recall().count()).isEqualTo(report.recall().total());
    }
}
