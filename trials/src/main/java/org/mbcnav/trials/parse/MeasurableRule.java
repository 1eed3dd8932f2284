package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/** Measurable disease (RECIST), or measurable-or-bone-only disease, in inclusion sentences. */
final class MeasurableRule implements Rule {
    private static final Pattern MEASURABLE = Patterns.of("(?<!non-)(?<!non )\\bmeasurable (disease|lesions?|target lesions?)");
    private static final Pattern BONE_ONLY = Patterns.of("bone-only|bone only");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (s.exclusion() || !Patterns.find(MEASURABLE, s.text())) {
            return;
        }
        List<Criterion> any = new ArrayList<>();
        any.add(new Criterion.MeasurableDisease(true));
        if (Patterns.find(BONE_ONLY, s.text())) {
            any.add(new Criterion.BoneOnly(true));
        }
        out.add(any.size() == 1 ? any.get(0) : new Criterion.AnyOf(any));
    }
}
