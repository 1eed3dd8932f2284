package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.ClinicalStateDeriver;

/**
 * ESO-ESMO ABC 4 endocrine resistance (Cardoso et al. 2018): relapse in the first 2 years of
 * adjuvant endocrine therapy = primary; later on it or within 12 months of completing it =
 * secondary; progression within 6 months of first-line endocrine therapy for advanced disease =
 * primary, later = secondary. Boundaries are tested on both sides.
 */
class EndocrineSensitivityTest {

    private static final String HR_POSITIVE = """
            tumor:
              biopsies:
                - {date: 2015-03-01, erPercent: 90, prPercent: 40, her2: {ihc: "1+"}}
            """;

    private static String derive(String deNovo, String metastatic, String treatments) {
        String yaml = HR_POSITIVE + "disease: {primaryDiagnosisDate: 2015-02-20, deNovoStageIV: " + deNovo
                + ", metastaticDiagnosisDate: " + metastatic + "}\ntreatments:\n" + treatments;
        ClinicalState s = new ClinicalStateDeriver(TestKnowledge.kb()).derive(TestKnowledge.patient(yaml), TestKnowledge.AS_OF);
        return s.endocrineSensitivity();
    }

    @ParameterizedTest(name = "adjuvant AI {0} to {1}, relapse {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-05-01 | 2020-05-01 | 2016-05-01 | primary-resistance
            2015-05-01 | 2020-05-01 | 2017-04-30 | primary-resistance
            2015-05-01 | 2020-05-01 | 2017-05-01 | secondary-resistance
            2015-05-01 | 2020-05-01 | 2020-04-01 | secondary-resistance
            2015-05-01 | 2020-05-01 | 2021-04-30 | secondary-resistance
            2015-05-01 | 2020-05-01 | 2021-05-01 | sensitive
            2015-05-01 | 2020-05-01 | 2024-01-01 | sensitive
            """)
    void adjuvantEndocrineTherapy(String start, String end, String relapse, String expected) {
        String t = "  - {drugs: [anastrozole], setting: adjuvant, start: " + start + ", end: " + end
                + ", stopReason: " + (relapse.compareTo(end) <= 0 ? "progression" : "completed") + "}\n";
        assertThat(derive("false", relapse, t)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "first-line letrozole + palbociclib {0} to {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-01-10 | 2021-06-30 | primary-resistance
            2021-01-10 | 2021-07-10 | secondary-resistance
            2021-01-10 | 2023-09-01 | secondary-resistance
            """)
    void firstLineEndocrineTherapyForAdvancedDisease(String start, String progression, String expected) {
        String t = "  - {drugs: [letrozole, palbociclib], setting: metastatic, start: " + start + ", end: " + progression
                + ", stopReason: progression}\n";
        assertThat(derive("true", "2021-01-01", t)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "de novo {0}, treatments {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | []                                                                                           | not-exposed
            false | [{drugs: [paclitaxel], setting: adjuvant, start: 2015-04-01, end: 2015-07-01, stopReason: completed}] | not-exposed
            """)
    void noEndocrineExposure(String deNovo, String treatments, String expected) {
        String t = "  " + treatments.replace("[{", "- {").replace("}]", "}") + "\n";
        assertThat(derive(deNovo, "2021-01-01", "[]".equals(treatments) ? "  []\n" : t)).isEqualTo(expected);
    }
}
