package org.mbcnav.trials;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.trials.match.TrialMatcher;
import org.mbcnav.trials.parse.EligibilityParser;
import org.mbcnav.trials.parse.Lexicon;
import org.mbcnav.trials.read.LexiconLoader;
import org.mbcnav.trials.read.StudyReader;

/**
 * Fuzzes the trial-criteria parser with arbitrary ClinicalTrials.gov v2 records, seeded with the
 * registry records of ../shared/fixtures/trials: the record reader may reject a record only with an
 * InputException naming the input; the eligibility parser and the matcher (on two example patients)
 * must take whatever text a record holds, answering "check by hand" for what they cannot read. Any
 * other exception, or a run over the timeout, is a finding.
 *
 * eligibilityFields fuzzes the same parser and matcher faster, without the JSON around them: the
 * registry's sex and age fields and a short eligibility text.
 *
 * Without JAZZER_FUZZ this replays the kept inputs in TrialCriteriaFuzzTestInputs/<method>/.
 */
class TrialCriteriaFuzzTest {
    private static final String NAME = "fuzzed-study.json";
    private static final EligibilityParser PARSER = new EligibilityParser(lexicon(), Fixtures.KNOWLEDGE.classes().keySet());
    private static final List<TrialMatcher> MATCHERS = List.of(
            new TrialMatcher(Fixtures.state("hr-positive-esr1-ctdna-after-cdk46")),
            new TrialMatcher(Fixtures.state("her2-positive-active-brain-mets")));
    private final StudyReader reader = new StudyReader();

    private static Lexicon lexicon() {
        try {
            return new LexiconLoader().load(Fixtures.KB.resolve("trials/lexicon.yaml"), Fixtures.KNOWLEDGE);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void trialRecord(byte[] input) {
        List<Trial> trials;
        try {
            trials = reader.read(new String(input, StandardCharsets.UTF_8), NAME);
        } catch (InputException e) {
            for (InputProblem p : e.problems()) {
                assertThat(p.file()).isEqualTo(NAME);
                assertThat(p.message()).isNotBlank();
            }
            return;
        }
        for (Trial t : trials) {
            ParsedTrial parsed = PARSER.read(t).assemble();
            assertThat(parsed.trial()).isSameAs(t);
            for (TrialMatcher m : MATCHERS) {
                assertThat(m.match(parsed, null).match()).isIn("eligible", "possible", "ineligible");
            }
        }
    }

    /** Registry words and shapes, so that mutations reach the rules rather than only the sentence splitter. */
    @DictionaryEntries({"Inclusion Criteria:", "Exclusion Criteria:", "* ", " Years", " Months", "FEMALE", "ALL",
        "prior ", "chemotherapy", "CDK4/6 inhibitor", "lines of therapy", "ECOG ", "HER2-", "ER+", "brain metastases",
        ">= ", "<= ", "x ULN", "mg/dL", "measurable disease", "postmenopausal", " or ", "; ", "(except "})
    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void eligibilityFields(FuzzedDataProvider data) {
        Trial t = new Trial("NCT00000000", "fuzzed", null, "RECRUITING", List.of(), "INTERVENTIONAL",
                data.consumeString(12), data.consumeString(24), data.consumeString(24), data.consumeRemainingAsString(),
                List.of(), List.of(), List.of(), NAME);
        ParsedTrial parsed = PARSER.read(t).assemble();
        for (TrialMatcher m : MATCHERS) {
            assertThat(m.match(parsed, null).match()).isIn("eligible", "possible", "ineligible");
        }
    }
}
