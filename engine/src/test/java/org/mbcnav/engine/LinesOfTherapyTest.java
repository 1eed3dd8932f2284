package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.ClinicalStateDeriver;
import org.mbcnav.engine.state.LineOfTherapy;

/**
 * Lines of therapy from dated courses (docs/clinical-interpretations.md, "Lines of therapy"):
 * a new line after progression or when a drug of a new class is added; a switch within a class,
 * a dropped drug or maintenance stays in the line; early-setting and supportive-only courses are
 * not lines.
 */
class LinesOfTherapyTest {

    private static ClinicalState derive(String treatments) {
        String yaml = """
                tumor:
                  biopsies:
                    - {date: 2019-01-10, erPercent: 90, prPercent: 40, her2: {ihc: "1+"}}
                disease: {primaryDiagnosisDate: 2015-02-20, deNovoStageIV: false, metastaticDiagnosisDate: 2019-01-01}
                treatments:
                """ + treatments;
        return new ClinicalStateDeriver(TestKnowledge.kb()).derive(TestKnowledge.patient(yaml), TestKnowledge.AS_OF);
    }

    private static List<String> lines(ClinicalState s) {
        return s.lines().stream().map(l -> l.number() + ":" + String.join("+", new java.util.TreeSet<>(l.drugs()))).toList();
    }

    @Test
    void progressionStartsANewLine() {
        ClinicalState s = derive("""
                  - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2019-02-01, end: 2021-03-01, stopReason: progression}
                  - {drugs: [fulvestrant, alpelisib], setting: metastatic, start: 2021-03-15, end: 2022-01-01, stopReason: progression}
                  - {drugs: [capecitabine], setting: metastatic, start: 2022-01-20}
                """);
        assertThat(lines(s)).containsExactly("1:letrozole+palbociclib", "2:alpelisib+fulvestrant", "3:capecitabine");
        assertThat(s.nextLine()).isEqualTo(4);
        assertThat(s.lines().get(2).ongoing()).isTrue();
    }

    @Test
    void switchWithinAClassForToxicityStaysInTheLine() {
        ClinicalState s = derive("""
                  - {drugs: [letrozole, ribociclib], setting: metastatic, start: 2019-02-01, end: 2019-04-01, stopReason: toxicity}
                  - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2019-04-10, end: 2021-01-01, stopReason: progression}
                """);
        assertThat(lines(s)).containsExactly("1:letrozole+palbociclib+ribociclib");
        assertThat(s.nextLine()).isEqualTo(2);
    }

    @Test
    void droppingADrugOrMaintenanceStaysInTheLine() {
        ClinicalState s = derive("""
                  - {drugs: [paclitaxel, trastuzumab, pertuzumab], setting: metastatic, start: 2019-02-01, end: 2019-06-01, stopReason: completed}
                  - {drugs: [trastuzumab, pertuzumab], setting: metastatic, start: 2019-06-02, end: 2022-01-01, stopReason: progression}
                """);
        assertThat(s.lines()).hasSize(1);
        assertThat(s.lines().get(0).progressed()).isTrue();
    }

    @Test
    void addingADrugOfANewClassWithoutProgressionStartsANewLine() {
        ClinicalState s = derive("""
                  - {drugs: [letrozole], setting: metastatic, start: 2019-02-01, end: 2019-05-01, stopReason: other}
                  - {drugs: [letrozole, abemaciclib], setting: metastatic, start: 2019-05-02, end: 2020-05-01, stopReason: progression}
                """);
        assertThat(lines(s)).containsExactly("1:letrozole", "2:abemaciclib+letrozole");
    }

    @Test
    void earlySettingAndSupportiveOnlyCoursesAreNotLines() {
        ClinicalState s = derive("""
                  - {drugs: [doxorubicin, cyclophosphamide], setting: adjuvant, start: 2015-04-01, end: 2015-06-10, stopReason: completed}
                  - {drugs: [tamoxifen], setting: adjuvant, start: 2015-07-01, end: 2018-12-20, stopReason: completed}
                  - {drugs: [goserelin], setting: metastatic, start: 2019-01-15}
                  - {drugs: [denosumab], setting: metastatic, start: 2019-01-20}
                  - {drugs: [letrozole, ribociclib], setting: metastatic, start: 2019-02-01}
                """);
        assertThat(lines(s)).containsExactly("1:letrozole+ribociclib");
        assertThat(s.nextLine()).isEqualTo(2);
        LineOfTherapy first = s.lines().get(0);
        assertThat(first.classes()).contains("cdk46-inhibitor", "endocrine-therapy");
        assertThat(s.exposures()).anyMatch(e -> e.early() && e.classes().contains("anthracycline"));
    }

    @Test
    void relapseDuringAdjuvantTherapyCountsAsProgressionOnIt() {
        ClinicalState s = derive("""
                  - {drugs: [anastrozole], setting: adjuvant, start: 2017-06-01, end: 2019-01-01, stopReason: progression}
                """);
        assertThat(s.exposures().get(0).progressed()).isTrue();
        assertThat(s.nextLine()).isEqualTo(1);
        assertThat(s.endocrineSensitivity()).isEqualTo("primary-resistance");
    }

    @Test
    void switchWithinAClassAfterProgressionIsANewLine() {
        // Progression decides before class: anastrozole -> exemestane after progression is second line.
        ClinicalState s = derive("""
                  - {drugs: [anastrozole], setting: metastatic, start: 2019-02-01, end: 2020-06-01, stopReason: progression}
                  - {drugs: [exemestane], setting: metastatic, start: 2020-06-10, end: 2021-01-01, stopReason: progression}
                """);
        assertThat(lines(s)).containsExactly("1:anastrozole", "2:exemestane");
    }

    @Test
    void chemotherapySwitchWithinItsClassForToxicityStaysInTheLine() {
        ClinicalState s = derive("""
                  - {drugs: [paclitaxel], setting: metastatic, start: 2019-02-01, end: 2019-03-15, stopReason: toxicity}
                  - {drugs: [docetaxel], setting: metastatic, start: 2019-03-29, end: 2019-09-01, stopReason: progression}
                  - {drugs: [capecitabine], setting: metastatic, start: 2019-09-15}
                """);
        assertThat(lines(s)).containsExactly("1:docetaxel+paclitaxel", "2:capecitabine");
    }

    @Test
    void restartingTheSameRegimenAfterABreakWithoutProgressionStaysInTheLine() {
        // A treatment break (e.g. for surgery or patient choice) without progression is not a new line.
        ClinicalState s = derive("""
                  - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2019-02-01, end: 2019-08-01, stopReason: patient-choice}
                  - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2020-03-01}
                """);
        assertThat(lines(s)).containsExactly("1:letrozole+palbociclib");
        assertThat(s.lines().get(0).ongoing()).isTrue();
    }

    @Test
    void rechallengeWithTheSameRegimenAfterProgressionIsANewLine() {
        ClinicalState s = derive("""
                  - {drugs: [capecitabine], setting: metastatic, start: 2019-02-01, end: 2019-09-01, stopReason: progression}
                  - {drugs: [capecitabine], setting: metastatic, start: 2020-02-01}
                """);
        assertThat(lines(s)).containsExactly("1:capecitabine", "2:capecitabine");
    }

    @Test
    void partnerStartedWithinTheRegimenWindowJoinsTheLine() {
        // Recorded as two courses, palbociclib 14 days after letrozole: one regimen (28-day window).
        ClinicalState s = derive("""
                  - {drugs: [letrozole], setting: metastatic, start: 2019-02-01, end: 2019-02-15, stopReason: other}
                  - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2019-02-15, end: 2021-01-01, stopReason: progression}
                """);
        assertThat(lines(s)).containsExactly("1:letrozole+palbociclib");
    }

    @Test
    void adjuvantTherapyThenMetastaticLinesCountOnlyTheMetastatic() {
        ClinicalState s = derive("""
                  - {drugs: [tamoxifen], setting: adjuvant, start: 2015-07-01, end: 2018-12-01, stopReason: completed}
                  - {drugs: [fulvestrant, abemaciclib], setting: metastatic, start: 2019-02-01, end: 2020-05-01, stopReason: progression}
                  - {drugs: [denosumab], setting: metastatic, start: 2019-02-01}
                  - {drugs: [paclitaxel], setting: metastatic, start: 2020-05-20}
                """);
        assertThat(lines(s)).containsExactly("1:abemaciclib+fulvestrant", "2:paclitaxel");
        assertThat(s.nextLine()).isEqualTo(3);
    }
}
