package org.mbcnav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {
    @Test
    void syllablesAreCountedByVowelGroupsWithTheUsualCorrections() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("medicine")).isEqualTo(3);
        assertThat(Readability.syllables("chemotherapy")).isEqualTo(5);
    }

    @Test
    void gradeFollowsTheKincaidFormula() {
        // 10 words, 2 sentences, 12 syllables: 0.39*5 + 11.8*1.2 - 15.59 = 0.52
        Readability.Score s = Readability.measure("The cat sat on the mat. The dog ran to eat.");
        assertThat(s.words()).isEqualTo(11);
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.grade()).isCloseTo(0.39 * 11 / 2 + 11.8 * s.syllables() / 11 - 15.59, within(1e-9));
        assertThat(s.grade()).isLessThan(3);
    }

    @Test
    void longSentencesWithLongWordsScoreHigh() {
        Readability.Score s = Readability.measure("Pharmacokinetic interactions necessitate individualized "
                + "therapeutic considerations regarding concomitant administration of cytochrome inhibitors.");
        assertThat(s.grade()).isGreaterThan(16);
    }

    @Test
    void htmlTextTreatsBlocksAsSentencesAndDropsMarkup() {
        String text = Readability.textOfHtml("<html><head><title>x</title><style>a{}</style></head><body>"
                + "<h1>Title</h1><ul><li>One</li><li>Two &amp; three</li></ul></body></html>");
        assertThat(text).isEqualTo("Title. One. Two & three.");
    }
}
