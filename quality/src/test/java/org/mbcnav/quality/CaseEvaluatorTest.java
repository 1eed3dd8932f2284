package org.mbcnav.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.io.InputException;
import org.mbcnav.io.LocatingReader;

/** The harness itself: a case that must fail does fail, for the right reason, and figures keep their denominators. */
class CaseEvaluatorTest {
    private static final String PATIENT = """
            asOf: 2026-11-28
            cases:
              - id: base
                mustOffer: [%s]
                mustOfferOnLabel: [%s]
                mustNotOfferOnLabel: [%s]
                %s
                patient:
                  person: {sex: female, birthDate: 1961-03-14, menopausalStatus: postmenopausal, ecog: 1}
                  tumor:
                    biopsies:
                      - {date: 2026-09-02, site: liver, metastatic: true, erPercent: 90, prPercent: 60, her2: {ihc: "0", membraneStaining: false}}
                  disease: {primaryDiagnosisDate: 2026-09-02, deNovoStageIV: true, metastaticDiagnosisDate: 2026-09-02,
                            sites: [{site: liver, date: 2026-09-02}], visceralCrisis: false}
            """;

    private static List<EvalCase> read(String yaml) throws Exception {
        return new CaseFileReader(Fixtures.kb()).read(new LocatingReader().read(yaml, "cases.yaml"), Path.of("."));
    }

    private static CaseResult run(String mustOffer, String onLabel, String mustNot, String extra) throws Exception {
        var k = Fixtures.kb();
        return new CaseEvaluator(k).run(read(PATIENT.formatted(mustOffer, onLabel, mustNot, extra)).get(0));
    }

    @Test
    void aRegimenThatIsNotEligibleMakesTheCaseFailWithTheCriterion() throws Exception {
        CaseResult r = run("hrp-esr1-elacestrant", "", "", "");
        assertThat(r.passed()).isFalse();
        assertThat(r.met()).isZero();
        assertThat(r.expected()).isEqualTo(1);
        assertThat(r.failures()).singleElement().asString()
                .contains("must offer hrp-esr1-elacestrant").contains("is not-eligible").contains("prior endocrine-therapy with progression is false");
    }

    @Test
    void anOnLabelOfferThatMustNotBeMadeIsAViolation() throws Exception {
        CaseResult r = run("", "", "hrp-1l-ai-palbociclib, ribociclib", "");
        assertThat(r.passed()).isFalse();
        assertThat(r.checked()).isEqualTo(2);
        assertThat(r.violations()).isEqualTo(2);
        assertThat(r.failures()).anySatisfy(f -> assertThat(f).contains("offered on-label as hrp-1l-ai-ribociclib"));
    }

    @Test
    void drugNamesAreSatisfiedByAnyOfferedOptionThatGivesTheDrug() throws Exception {
        CaseResult r = run("letrozole", "palbociclib", "elacestrant", "");
        assertThat(r.passed()).as(String.join("; ", r.failures())).isTrue();
        assertThat(r.met()).isEqualTo(2);
        assertThat(r.setMatch()).isTrue();
        assertThat(r.exactMatch()).isNull();
    }

    @Test
    void anOfferedButOffLabelOptionFailsMustOfferOnLabel() throws Exception {
        // First line, no chemotherapy yet: paclitaxel is offered but its US label needs prior chemotherapy.
        CaseResult r = run("her2neg-chemo-paclitaxel-weekly", "her2neg-chemo-paclitaxel-weekly", "", "");
        assertThat(r.passed()).isFalse();
        assertThat(r.met()).isEqualTo(1);
        assertThat(r.failures()).singleElement().asString().contains("offered, but her2neg-chemo-paclitaxel-weekly is off-label");
    }

    @Test
    void exactMatchComparesTheWholeUsOnLabelSet() throws Exception {
        CaseResult r = run("", "", "", "exactOptions: [hrp-1l-ai-palbociclib]");
        assertThat(r.exactMatch()).isFalse();
        assertThat(r.setMatch()).isNull();
        assertThat(r.failures()).singleElement().asString().contains("unexpected [").contains("hrp-1l-ai-ribociclib");
    }

    @Test
    void theReportKeepsEveryDenominator() throws Exception {
        var k = Fixtures.kb();
        List<EvalCase> cases = read(PATIENT.formatted("hrp-1l-ai-palbociclib, hrp-esr1-elacestrant", "", "ribociclib", ""));
        EvalReport report = new CaseEvaluator(k).run(cases);
        assertThat(report.recall()).isEqualTo(new Ratio(1, 2));
        assertThat(report.violations()).isEqualTo(new Ratio(1, 1));
        assertThat(report.setMatch()).isEqualTo(new Ratio(0, 1));
        assertThat(report.exactMatch()).isEqualTo(new Ratio(0, 0));
        assertThat(report.exactMatch().percent()).isNull();
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    void aNearMissStatesOnlyItsChangesAsAMergePatch() throws Exception {
        String yaml = PATIENT.formatted("hrp-1l-ai-palbociclib", "", "", "") + """
                  - id: near-miss
                    basedOn: base
                    changes:
                      person: {menopausalStatus: premenopausal, birthDate: 1985-01-01}
                    mustOffer: [hrp-1l-ai-palbociclib]
                """;
        List<EvalCase> cases = read(yaml);
        assertThat(cases).hasSize(2);
        var p = cases.get(1).subject().patient();
        assertThat(p.id()).isEqualTo("near-miss");
        assertThat(p.person().menopausalStatus().code()).isEqualTo("premenopausal");
        assertThat(p.person().ecog()).isEqualTo(1);
        assertThat(p.tumor().biopsies()).hasSize(1);
    }

    @Test
    void everyProblemInTheFileIsReportedWithItsPosition() {
        String yaml = PATIENT.formatted("no-such-regimen", "", "", "colour: blue") + """
                  - id: base
                    basedOn: nobody
                    mustOffer: [letrozole]
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class).satisfies(e -> {
            var problems = ((InputException) e).problems();
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.pointer()).isEqualTo("/cases/0/mustOffer/0");
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).contains("'no-such-regimen' is not a regimen id or a drug name");
            });
            assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("unknown field 'colour'"));
            assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("used twice"));
        });
    }

    @Test
    void anInlinePatientIsCheckedLikeAPatientFileWithPositionsInTheCasesFile() {
        String yaml = PATIENT.formatted("letrozole", "", "", "").replace("ecog: 1", "ecog: 9");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class).satisfies(e -> {
            var p = ((InputException) e).problems().get(0);
            assertThat(p.pointer()).startsWith("/cases/0/patient/person");
            assertThat(p.line()).isEqualTo(9);
        });
    }
}
