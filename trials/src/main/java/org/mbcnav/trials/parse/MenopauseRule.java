package org.mbcnav.trials.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Menopausal status, only where the text requires it without an alternative ("must be
 * postmenopausal"). Sentences that let pre/perimenopausal women join with an LHRH agonist they
 * agree to start are not restrictions the patient record can settle: they stay to check by hand.
 */
final class MenopauseRule implements Rule {
    private static final Pattern POST_ONLY = Patterns.of("\\b(must be|only) post-?menopausal\\b(?![^.;]{0,60}\\bor\\b)");
    private static final Pattern OFS = Patterns.of("LHRH|GnRH|ovarian (function )?suppression");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (s.exclusion()) {
            return;
        }
        if (Patterns.find(POST_ONLY, s.text())) {
            out.add(new Criterion.Menopause(List.of("postmenopausal")));
        } else if (Patterns.find(OFS, s.text())) {
            out.residue("ovarian suppression the participant agrees to start");
        }
    }
}
