package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.engine.state.ClinicalStateDeriver;
import org.mbcnav.model.knowledge.Criterion;

/** One evaluator per criterion kind: true, false and unknown, with what is missing named. */
class CriterionEvaluatorTest {

    private static Verdict eval(String yaml, Criterion c) {
        var state = new ClinicalStateDeriver(TestKnowledge.kb()).derive(TestKnowledge.patient(yaml), TestKnowledge.AS_OF);
        return new CriterionEvaluator(state).evaluate(c);
    }

    private static final Criterion ESR1_FRESH = new Criterion.Biomarker(List.of("ESR1"), "detected", "any", "any", null,
            "since-last-progression");

    private static final String AFTER_PROGRESSION = """
            disease: {deNovoStageIV: true, metastaticDiagnosisDate: 2022-01-01}
            treatments:
              - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2022-01-10, end: 2025-06-01, stopReason: progression}
            """;

    @Test
    void untestedGeneIsUnknownNotNegative() {
        Verdict v = eval(AFTER_PROGRESSION, ESR1_FRESH);
        assertThat(v.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(v.allMissing()).containsExactly("gene:ESR1");
    }

    @Test
    void negativeResultOlderThanTheLastProgressionNoLongerCounts() {
        Verdict v = eval(AFTER_PROGRESSION + """
                genomics:
                  - {gene: ESR1, result: not-detected, origin: somatic, specimen: ctdna, date: 2023-03-01}
                """, ESR1_FRESH);
        assertThat(v.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(v.explanation()).contains("before the last progression");
    }

    @Test
    void negativeResultSinceTheLastProgressionIsFalse() {
        Verdict v = eval(AFTER_PROGRESSION + """
                genomics:
                  - {gene: ESR1, result: not-detected, origin: somatic, specimen: ctdna, date: 2025-06-20}
                """, ESR1_FRESH);
        assertThat(v.truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void detectedMutationIsTrueWhateverItsAgeAndAVusCountsAsTestedNegative() {
        assertThat(eval(AFTER_PROGRESSION + """
                genomics:
                  - {gene: ESR1, alteration: Y537S, result: pathogenic, origin: somatic, specimen: ctdna, date: 2023-03-01}
                """, ESR1_FRESH).truth()).isEqualTo(Truth.TRUE);
        Criterion pik3ca = new Criterion.Biomarker(List.of("PIK3CA"), "detected", "any", "any", null, "any");
        assertThat(eval("genomics:\n  - {gene: PIK3CA, result: vus, origin: somatic, specimen: tissue, date: 2024-02-01}\n",
                pik3ca).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void anyOfSeveralGenesAndGermlineOrigin() {
        Criterion pathway = new Criterion.Biomarker(List.of("PIK3CA", "AKT1", "PTEN"), "detected", "any", "any", null, "any");
        assertThat(eval("genomics:\n  - {gene: AKT1, alteration: E17K, result: pathogenic, date: 2024-02-01}\n", pathway).truth())
                .isEqualTo(Truth.TRUE);
        Verdict partial = eval("genomics:\n  - {gene: PIK3CA, result: not-detected, date: 2024-02-01}\n", pathway);
        assertThat(partial.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(partial.allMissing()).containsExactly("gene:AKT1", "gene:PTEN");
        Criterion gbrca = new Criterion.Biomarker(List.of("BRCA1", "BRCA2"), "detected", "germline", "any", null, "any");
        Verdict somaticOnly = eval("genomics:\n  - {gene: BRCA2, result: pathogenic, origin: somatic, specimen: tissue, date: 2024-02-01}\n", gbrca);
        assertThat(somaticOnly.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(somaticOnly.allMissing()).containsExactly("germline:BRCA1", "germline:BRCA2");
    }

    @Test
    void pdl1NeedsTheNamedAssay() {
        Criterion cps10 = new Criterion.PdL1("22C3", 10.0, null);
        assertThat(eval("biomarkers: {pdl1: [{assay: 22C3, cps: 10, date: 2024-01-05}]}\n", cps10).truth()).isEqualTo(Truth.TRUE);
        assertThat(eval("biomarkers: {pdl1: [{assay: 22C3, cps: 9, date: 2024-01-05}]}\n", cps10).truth()).isEqualTo(Truth.FALSE);
        Verdict otherAssay = eval("biomarkers: {pdl1: [{assay: SP142, icPercent: 5, date: 2024-01-05}]}\n", cps10);
        assertThat(otherAssay.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(otherAssay.allMissing()).containsExactly("pdl1:22C3");
    }

    @Test
    void comorbiditiesNotRecordedAreUnknownButRecordedNoneIsFalse() {
        Criterion ild = new Criterion.Comorbidity("interstitial-lung-disease", 2);
        assertThat(eval("", ild).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(eval("health: {comorbidities: []}\n", ild).truth()).isEqualTo(Truth.FALSE);
        assertThat(eval("health: {comorbidities: [{condition: interstitial-lung-disease, grade: 2, active: false}]}\n", ild)
                .truth()).isEqualTo(Truth.TRUE);
        assertThat(eval("health: {comorbidities: [{condition: interstitial-lung-disease, grade: 1}]}\n", ild).truth())
                .isEqualTo(Truth.FALSE);
        assertThat(eval("health: {comorbidities: [{condition: interstitial-lung-disease}]}\n", ild).truth())
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void currentMedicationClassComesFromTheDrugCatalogue() {
        Criterion cyp2d6 = new Criterion.MedicationClass("strong-cyp2d6-inhibitor");
        assertThat(eval("health: {medications: [paroxetine]}\n", cyp2d6).truth()).isEqualTo(Truth.TRUE);
        assertThat(eval("health: {medications: [sertraline]}\n", cyp2d6).truth()).isEqualTo(Truth.FALSE);
        assertThat(eval("", cyp2d6).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void labThresholdsUseTheLatestValue() {
        Criterion qtc = new Criterion.Lab("qtcf", ">=", 450);
        String labs = "health:\n  labs:\n    - {test: qtcf, value: 470, date: 2024-01-01}\n    - {test: qtcf, value: 430, date: 2024-06-01}\n";
        assertThat(eval(labs, qtc).truth()).isEqualTo(Truth.FALSE);
        assertThat(eval("health: {labs: [{test: qtcf, value: 450, date: 2024-06-01}]}\n", qtc).truth()).isEqualTo(Truth.TRUE);
        assertThat(eval("", qtc).allMissing()).containsExactly("lab:qtcf");
    }

    @Test
    void ovarianSuppressionIsNeededForPremenopausalWomenAndMen() {
        Criterion needs = new Criterion.NeedsOvarianSuppression(true);
        assertThat(eval("person: {sex: female, menopausalStatus: premenopausal}\n", needs).truth()).isEqualTo(Truth.TRUE);
        assertThat(eval("person: {sex: female, menopausalStatus: postmenopausal}\n", needs).truth()).isEqualTo(Truth.FALSE);
        assertThat(eval("person: {sex: male}\n", needs).truth()).isEqualTo(Truth.TRUE);
        assertThat(eval("person: {sex: female}\n", needs).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void kleeneLogicNeverTurnsUnknownIntoFalse() {
        assertThat(Truth.UNKNOWN.and(Truth.TRUE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNKNOWN.or(Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
    }
}
