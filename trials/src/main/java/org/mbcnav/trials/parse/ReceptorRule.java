package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mbcnav.model.knowledge.Criterion;

/**
 * Subtype, hormone-receptor and HER2 status (inclusion sentences). Subtype names win over their
 * parts ("HR+/HER2-" is one subtype, not two criteria); a sentence naming both a positive and a
 * negative status ("HR-positive or HR-negative") sets no restriction for that receptor.
 */
final class ReceptorRule implements Rule {
    private static final Pattern TNBC = Patterns.of("\\bTNBC\\b|triple[- ]negative");
    private static final Pattern HER2_NEG = Patterns.of("HER-?2(\\s+IHC)?[- ]?(negative|-(?![A-Za-z0-9]))|HER-?2\\s+non-?amplified");
    private static final Pattern HER2_POS = Patterns.of("HER-?2[- ]?(positive|\\+(?![/\\w]))|HER-?2 IHC 3\\+|overexpress\\w* HER-?2|HER-?2[- ]overexpress|HER2-amplified");
    private static final Pattern HER2_LOW = Patterns.of("HER-?2[- ]low");
    private static final Pattern HER2_ULTRALOW = Patterns.of("HER-?2[- ]ultra-?low");
    private static final Pattern HR_POS = Patterns.of("\\b(HR|ER|PgR|PR)\\s*\\+|\\b(HR|ER|ER/PgR|ER/PR)[- ]positive|(hormone|estrogen|oestrogen) receptor[^.;:]{0,60}?positive|\\(HR\\)-positive");
    private static final Pattern HR_NEG = Patterns.of("\\bHR[- ]negative|hormone receptor[- ]negative");

    @Override
    public void apply(Sentence s, Lexicon lexicon, Findings out) {
        if (s.exclusion()) {
            return;
        }
        String t = s.text();
        boolean hrPos = Patterns.find(HR_POS, t);
        boolean hrNeg = Patterns.find(HR_NEG, t);
        boolean her2Neg = Patterns.find(HER2_NEG, t);
        boolean her2Pos = Patterns.find(HER2_POS, t);
        List<String> subtypes = new ArrayList<>();
        if (Patterns.find(TNBC, t)) {
            subtypes.add("triple-negative");
        }
        if (hrPos && !hrNeg && her2Neg) {
            subtypes.add("hr-positive-her2-negative");
        }
        List<String> lowCategories = new ArrayList<>();
        if (Patterns.find(HER2_LOW, t)) {
            lowCategories.add("low");
        }
        if (Patterns.find(HER2_ULTRALOW, t)) {
            lowCategories.add("ultralow");
        }
        if (!subtypes.isEmpty()) {
            out.add(new Criterion.Subtype(subtypes));
            if (!lowCategories.isEmpty()) {
                out.add(new Criterion.Her2(lowCategories));
            }
            return;
        }
        if (!lowCategories.isEmpty()) {
            out.add(new Criterion.Her2(lowCategories));
        } else if (her2Pos && !her2Neg) {
            out.add(new Criterion.Her2(List.of("positive")));
        } else if (her2Neg && !her2Pos) {
            out.add(new Criterion.Her2(List.of("zero", "ultralow", "low")));
        }
        if (hrPos && !hrNeg) {
            out.add(new Criterion.HormoneReceptor(true));
        } else if (hrNeg && !hrPos) {
            out.add(new Criterion.HormoneReceptor(false));
        }
    }
}
