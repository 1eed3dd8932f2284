package org.mbcnav.trials.parse;

import org.mbcnav.model.knowledge.Criterion;

/** Comorbidities named in exclusions, by the lexicon's condition terms (e.g. interstitial lung disease). */
final class ComorbidityRule implements Rule {
    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (!s.exclusion()) {
            return;
        }
        for (Lexicon.ConditionTerm term : lexicon.conditions()) {
            if (term.pattern().matcher(s.text()).find()) {
                out.add(new Criterion.Comorbidity(term.condition(), null));
            }
        }
    }
}
