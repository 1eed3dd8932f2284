package org.mbcnav.trials.parse;

import java.time.LocalDate;
import java.util.List;
import org.mbcnav.model.knowledge.Criterion;

/**
 * One reviewed correction from knowledge/trials/overrides.yaml: for the sentence of a trial that
 * contains `sentence`, add criteria, replace what the parser read, or remove criteria (all of the
 * sentence's when none are given). Criteria are requirements: what must hold for the patient to
 * be eligible (write an exclusion as `not:`).
 *
 * @param checkByHand what the override still leaves to check by hand in that sentence, or null
 * @param where       file:line of the entry, for messages
 */
public record TrialOverride(String nctId, String sentence, String action, List<Criterion> criteria, String note,
                            LocalDate reviewed, String checkByHand, String where) {
    public TrialOverride {
        criteria = List.copyOf(criteria);
    }
}
