package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Finds the therapies a piece of text names, in order of appearance. Lexicon entries are tried in
 * their order and a span claimed by one entry is not matched again, so "trastuzumab emtansine"
 * is one drug, not trastuzumab plus a leftover.
 */
final class TherapyMentions {
    record Mention(int start, int end, Lexicon.TherapyTerm term) {
        boolean mapped() {
            return term.drugClass() != null || term.drug() != null;
        }

        /** A prior-exposure criterion for this mention. */
        Criterion prior(String setting, Boolean progression) {
            return term.drug() != null ? new Criterion.PriorDrug(term.drug(), setting, progression)
                    : new Criterion.PriorClass(term.drugClass(), setting, progression);
        }
    }

    private TherapyMentions() {
    }

    static List<Mention> find(String text, Lexicon lexicon) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Lexicon.TherapyTerm term : lexicon.therapies()) {
            Matcher m = term.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                if (m.end() > m.start() && free(taken, m.start(), m.end())) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    out.add(new Mention(m.start(), m.end(), term));
                    from = m.end();
                } else {
                    // Overlaps a phrase already claimed: look for a later, shorter match of this term.
                    from = m.start() + 1;
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
