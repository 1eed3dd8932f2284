package org.mbcnav.trials.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Timing of relapse: "recurrence while on, or within 12 months of completion of, adjuvant
 * endocrine therapy" (relapseAfterAdjuvant) and "at least 6 months between completion of
 * curative-intent treatment and first recurrence" or "a 6-month treatment-free interval"
 * (diseaseFreeInterval).
 */
final class RelapseRule implements Rule {
    private static final Pattern ADJUVANT_RELAPSE = Patterns.of("(recurrence|relapse|progression)[^.;]{0,80}?(within|<=|<)\\s*(\\d+)\\s*months?\\s+(of|after)\\b([^.;]{0,60})");
    private static final Pattern ADJUVANT = Patterns.of("adjuvant");
    private static final Pattern INTERVAL = Patterns.of("(>=|at least|a minimum of|minimum of|a minimum|minimum)\\s*(\\d+)[- ]months?"
            + "(?=[^.;]{0,80}?(between|before)[^.;]{0,80}?(recurrence|relapse)|[- ](treatment|disease)-free interval)");

    /** True when the sentence is about relapse timing; the prior-therapy rule then leaves it alone. */
    static boolean claims(String text) {
        return (ADJUVANT_RELAPSE.matcher(text).find() && ADJUVANT.matcher(text).find()) || INTERVAL.matcher(text).find();
    }

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        String t = s.text();
        Matcher m = ADJUVANT_RELAPSE.matcher(t);
        if (m.find() && ADJUVANT.matcher(t).find()) {
            Integer months = Patterns.integer(m.group(3));
            String drugClass = null;
            for (TherapyMentions.Mention x : TherapyMentions.find(m.group(5), lexicon)) {
                if (x.term().drugClass() != null) {
                    drugClass = x.term().drugClass();
                    break;
                }
            }
            if (months == null) {
                out.residue("a number of months too large to read: " + m.group(3));
            } else if (drugClass == null) {
                out.residue("relapse timing without a drug class");
            } else {
                out.add(new Criterion.RelapseAfterAdjuvant(drugClass, months));
            }
        }
        Matcher i = INTERVAL.matcher(t);
        if (i.find()) {
            Integer months = Patterns.integer(i.group(2));
            if (months == null) {
                out.residue("a number of months too large to read: " + i.group(2));
            } else {
                out.add(new Criterion.DiseaseFreeInterval(months, null));
            }
        }
    }
}
