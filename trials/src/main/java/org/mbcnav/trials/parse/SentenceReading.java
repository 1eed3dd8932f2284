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

    SentenceReading with(List<TrialCriterion> newCriteria) {
        return new SentenceReading(sentence, newCriteria, List.of(), skipped, true);
    }
}
