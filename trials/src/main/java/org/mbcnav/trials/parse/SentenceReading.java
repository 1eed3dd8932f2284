package org.mbcnav.trials.parse;

import java.util.List;
import org.mbcnav.trials.TrialCriterion;

/**
 * What one sentence became: its criteria, what the rules recognised but could not express
 * (residue), why the rules were not applied (skipped, e.g. a cohort-specific sentence), and
 * whether a reviewed override settled it.
 */
public record SentenceReading(Sentence sentence, List<TrialCriterion> criteria, List<String> residue, String skipped,
                              boolean reviewed) {
    public SentenceReading {
        criteria = List.copyOf(criteria);
        residue = List.copyOf(residue);
    }

    /** After a reviewed override: its criteria, and what the reviewer says is still to check by hand. */
    SentenceReading with(List<TrialCriterion> newCriteria, String stillToCheck) {
        return new SentenceReading(sentence, newCriteria, stillToCheck == null ? List.of() : List.of(stillToCheck), skipped, true);
    }
}
