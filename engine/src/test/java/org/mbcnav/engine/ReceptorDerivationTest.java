package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.engine.state.ClinicalStateDeriver;

/** Subtype, ER-low and HER2 category per ASCO/CAP 2020 (ER/PR) and 2023 (HER2): one row per case. */
class ReceptorDerivationTest {

    private static ClinicalState state(String biopsies) {
        return new ClinicalStateDeriver(TestKnowledge.kb()).derive(TestKnowledge.patient(
                "tumor:\n  biopsies:\n" + biopsies), TestKnowledge.AS_OF);
    }

    @ParameterizedTest(name = "ER {0} PR {1} HER2 IHC {2} ISH {3} staining {4} -> HR {5}, HER2 {6}, ER-low {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # er | pr | ihc | ish           | staining | hr                | her2              | erLow
            95   | 60 | 1+  | -             | -        | positive          | low               | false
            0    | 0  | 3+  | -             | -        | negative          | positive          | false
            0    | 0  | 2+  | amplified     | -        | negative          | positive          | false
            0    | 0  | 2+  | not-amplified | -        | negative          | low               | false
            80   | 0  | 2+  | -             | -        | positive          | low,positive      | false
            0    | 0  | 0   | -             | true     | negative          | ultralow          | false
            0    | 0  | 0   | -             | false    | negative          | zero              | false
            0    | 0  | 0   | -             | -        | negative          | ultralow,zero     | false
            1    | 0  | 0   | -             | false    | positive          | zero              | true
            10   | 0  | 1+  | -             | -        | positive          | low               | true
            11   | 0  | 1+  | -             | -        | positive          | low               | false
            5    | 20 | 1+  | -             | -        | positive          | low               | false
            0.5  | 0  | 1+  | -             | -        | negative          | low               | false
            0    | 1  | 1+  | -             | -        | positive          | low               | false
            -    | -  | 1+  | -             | -        | negative,positive | low               | -
            """)
    void derivesReceptorsAndHer2(String er, String pr, String ihc, String ish, String staining, String hr, String her2,
                                 String erLow) {
        StringBuilder b = new StringBuilder("    - date: 2024-01-10\n");
        if (er != null) {
            b.append("      erPercent: ").append(er).append('\n');
        }
        if (pr != null) {
            b.append("      prPercent: ").append(pr).append('\n');
        }
        b.append("      her2: {ihc: \"").append(ihc).append('"');
        if (ish != null) {
            b.append(", ish: ").append(ish);
        }
        if (staining != null) {
            b.append(", membraneStaining: ").append(staining);
        }
        b.append("}\n");
        ClinicalState s = state(b.toString());
        assertThat(new TreeSet<>(s.hormoneReceptor())).containsExactlyElementsOf(new TreeSet<>(Set.of(hr.split(","))));
        assertThat(new TreeSet<>(s.her2())).containsExactlyElementsOf(new TreeSet<>(Set.of(her2.split(","))));
        assertThat(s.erLow()).isEqualTo(erLow == null ? null : Boolean.valueOf(erLow));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HR+/HER2-low       | 90 | 1+ | hr-positive-her2-negative
            HER2+ HR-          | 0  | 3+ | her2-positive
            HER2+ HR+          | 90 | 3+ | her2-positive
            triple-negative    | 0  | 1+ | triple-negative
            """)
    void derivesSubtype(String name, String er, String ihc, String subtype) {
        ClinicalState s = state("    - {date: 2024-01-10, erPercent: " + er + ", prPercent: 0, her2: {ihc: \"" + ihc + "\"}}\n");
        assertThat(s.subtypes()).containsExactly(subtype);
    }

    @org.junit.jupiter.api.Test
    void actsOnTheLatestBiopsyAndFlagsDiscordance() {
        ClinicalState s = state("""
                    - {date: 2018-01-10, erPercent: 90, prPercent: 50, her2: {ihc: "1+"}}
                    - {date: 2024-05-02, metastatic: true, erPercent: 0, prPercent: 0, her2: {ihc: "0", membraneStaining: false}}
                """);
        assertThat(s.hormoneReceptor()).containsExactly("negative");
        assertThat(s.her2()).containsExactly("zero");
        assertThat(s.receptorBiopsyDate()).hasToString("2024-05-02");
        assertThat(s.flags()).anyMatch(f -> f.startsWith("receptor discordance"));
        assertThat(s.flags()).anyMatch(f -> f.startsWith("HER2 discordance"));
    }
}
