package org.mbcnav.trials.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/** ECOG performance status ranges: "ECOG 0-1", "ECOG PS 0 or 1", "ECOG performance status 0 to 2", "ECOG <=1". */
final class EcogRule implements Rule {
    private static final Pattern RANGE = Patterns.of("\\bECOG\\b(?:\\s+PS|\\s+performance status)?(?:\\s+of)?\\s*(\\d)\\s*(?:-|to|or)\\s*(\\d)");
    private static final Pattern MAX = Patterns.of("\\bECOG\\b(?:\\s+PS|\\s+performance status)?\\s*(?:<=|of <=)\\s*(\\d)");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (s.exclusion()) {
            return;
        }
        Matcher m = RANGE.matcher(s.text());
        if (m.find()) {
            out.add(new Criterion.Ecog(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            return;
        }
        m = MAX.matcher(s.text());
        if (m.find()) {
            out.add(new Criterion.Ecog(null, Integer.parseInt(m.group(1))));
        }
    }
}
