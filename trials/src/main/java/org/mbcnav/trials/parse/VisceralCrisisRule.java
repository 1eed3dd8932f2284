package org.mbcnav.trials.parse;

import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/** Visceral crisis in exclusions: "visceral crisis", "symptomatic visceral disease/spread ... life-threatening". */
final class VisceralCrisisRule implements Rule {
    private static final Pattern CRISIS = Patterns.of("visceral crisis|symptomatic visceral (disease|spread|involvement)|visceral spread at risk");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (s.exclusion() && Patterns.find(CRISIS, s.text())) {
            out.add(new Criterion.VisceralCrisis(true));
        }
    }
}
