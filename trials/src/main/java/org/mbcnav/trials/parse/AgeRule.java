package org.mbcnav.trials.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Age limits written in the text ("aged 18-70 years", ">=18 years", "18 years or older"). Ages in
 * a definition of menopause are not age limits and are skipped.
 */
final class AgeRule implements Rule {
    private static final Pattern RANGE = Patterns.of("\\b(\\d{2})\\s*(?:-|to)\\s*(\\d{2})\\s*years");
    private static final Pattern MIN = Patterns.of("(?:>=|at least|aged|age)\\s*(\\d{2})\\s*years|\\b(\\d{2})\\s*years (?:or|and) (?:older|over)");
    private static final Pattern MENOPAUSE = Patterns.of("menopaus|menses|amenorrh");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        String t = s.text();
        if (s.exclusion() || Patterns.find(MENOPAUSE, t)) {
            return;
        }
        Matcher m = RANGE.matcher(t);
        if (m.find()) {
            out.add(new Criterion.Age(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            return;
        }
        m = MIN.matcher(t);
        if (m.find()) {
            out.add(new Criterion.Age(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), null));
        }
    }
}
