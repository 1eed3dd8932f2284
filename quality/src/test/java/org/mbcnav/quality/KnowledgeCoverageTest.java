package org.mbcnav.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.engine.Planner;

/**
 * Knowledge coverage over the example patients and the evaluation cases: every regimen entry
 * must be offered to at least one case. The criteria-level figures are printed with their
 * denominators (they are measured, not yet required).
 */
class KnowledgeCoverageTest {
    /** The date the example patients' golden plans are made as of. */
    static final LocalDate EXAMPLES_AS_OF = LocalDate.of(2026, 11, 1);

    static CoverageReport coverage() throws Exception {
        var k = Fixtures.kb();
        CaseSet set = CaseSet.load(List.of(Fixtures.ROOT.resolve("examples/patients"), Fixtures.ROOT.resolve("evaluation")),
                k, EXAMPLES_AS_OF);
        KnowledgeCoverage coverage = new KnowledgeCoverage(k);
        Planner planner = new Planner(k);
        set.patients().forEach(c -> coverage.add(c.id(), planner.planning(c.patient(), c.asOf())));
        return coverage.report();
    }

    @Test
    void everyRegimenEntryIsOfferedByAtLeastOneCase() throws Exception {
        CoverageReport r = coverage();
        StringWriter text = new StringWriter();
        CoverageText.write(r, new PrintWriter(text));
        System.out.println(text.toString().lines().limit(8).reduce("", (a, b) -> a + b + "\n"));
        assertThat(r.neverOffered()).isEmpty();
        assertThat(r.summary().entriesOffered().count()).isEqualTo(Fixtures.kb().regimens().size());
        assertThat(r.casesWithNoOption()).isEmpty();
    }

    @Test
    void nestedCriteriaAreCountedByTheirPath() throws Exception {
        CoverageReport r = coverage();
        EntryCoverage sg = r.entries().stream().filter(e -> e.id().equals("tnbc-2l-sacituzumab")).findFirst().orElseThrow();
        assertThat(sg.criteria()).extracting(PathCoverage::path)
                .contains("eligibility[0]", "eligibility[2]", "eligibility[2].anyOf[0]", "eligibility[2].anyOf[3]");
        PathCoverage anyOf = sg.criteria().stream().filter(c -> c.path().equals("eligibility[2]")).findFirst().orElseThrow();
        assertThat(anyOf.seenTrue()).isPositive();
        assertThat(anyOf.seenFalse()).isPositive();
        assertThat(anyOf.seenTrue() + anyOf.seenFalse() + anyOf.seenUnknown()).isEqualTo(r.cases());
    }

    @Test
    void aSingleCaseLeavesMostEntriesUncoveredAndSaysSo() throws Exception {
        var k = Fixtures.kb();
        var cases = new CaseFileReader(k).read(Fixtures.ROOT.resolve("evaluation/coverage-cases.yaml"));
        KnowledgeCoverage coverage = new KnowledgeCoverage(k);
        coverage.add(cases.get(0).id(), new Planner(k).planning(cases.get(0).subject().patient(), cases.get(0).subject().asOf()));
        CoverageReport r = coverage.report();
        assertThat(r.cases()).isEqualTo(1);
        assertThat(r.summary().entriesOffered().total()).isEqualTo(k.regimens().size());
        assertThat(r.summary().entriesOffered().count()).isLessThan(k.regimens().size());
        assertThat(r.neverOffered()).contains("hrp-esr1-elacestrant").doesNotContain("hrp-esr1-switch-camizestrant-cdk46");
    }
}
