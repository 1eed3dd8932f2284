package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Her2ScoreTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "0|0|NULL",
            "0+|0|NULL",
            "1+|1+|NULL",
            "2+|2+|NULL",
            "3+|3+|NULL",
            "IHC 2+ (equivocal)|2+|NULL",
            "Score 1|1+|NULL",
            "0 with membrane staining|0|true",
            "HER2-ultralow|0|true",
            "0 without membrane staining|0|false",
            "HER2-null|0|false"})
    void readsEveryWrittenForm(String text, String ihc, Boolean membrane) {
        assertThat(Her2Score.parse(text)).hasValueSatisfying(s -> {
            assertThat(s.ihc()).isEqualTo(ihc);
            assertThat(s.membraneStaining()).isEqualTo(membrane);
        });
    }

    @ParameterizedTest
    @CsvSource({"negative", "positive", "12", "4+"})
    void leavesWhatIsNotAScore(String text) {
        assertThat(Her2Score.parse(text)).isEmpty();
    }
}
