package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.trials.CheckByHand;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.Trial;
import org.mbcnav.trials.TrialCriterion;

/**
 * A trial's eligibility text read sentence by sentence, before and after overrides. assemble()
 * gives the criteria and the check-by-hand list: a sentence with no criterion, or with a part
 * the rules could not read, is checked by hand unless a reviewed override settled it.
 */
public record TrialReading(Trial trial, List<TrialCriterion> registry, List<SentenceReading> sentences,
                           List<CheckByHand> staleOverrides, int overridesApplied) {
    public TrialReading {
        registry = List.copyOf(registry);
        sentences = List.copyOf(sentences);
        staleOverrides = List.copyOf(staleOverrides);
    }

    public ParsedTrial assemble() {
        List<TrialCriterion> criteria = new ArrayList<>(registry);
        List<CheckByHand> byHand = new ArrayList<>();
        int parsed = registry.size();
        for (SentenceReading r : sentences) {
            for (TrialCriterion c : r.criteria()) {
                if (criteria.stream().noneMatch(x -> x.requirement().equals(c.requirement()))) {
                    criteria.add(c);
                    if (!"override".equals(c.origin())) {
                        parsed++;
                    }
                }
            }
            if (r.reviewed()) {
                if (!r.residue().isEmpty()) {
                    byHand.add(new CheckByHand(r.sentence().text(), r.sentence().section(), "reviewed; still to check: " + r.residue().get(0)));
                }
                continue;
            }
            String section = r.sentence().section();
            if (r.criteria().isEmpty()) {
                byHand.add(new CheckByHand(r.sentence().text(), section,
                        r.skipped() != null ? r.skipped() : r.residue().isEmpty() ? "not read by the rules"
                                : "not read: " + String.join("; ", r.residue())));
            } else if (!r.residue().isEmpty()) {
                byHand.add(new CheckByHand(r.sentence().text(), section, "partly read: " + String.join("; ", r.residue())));
            }
        }
        byHand.addAll(staleOverrides);
        return new ParsedTrial(trial, criteria, byHand, sentences.size(), parsed, overridesApplied);
    }
}
