package org.mbcnav.trials.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mbcnav.trials.CheckByHand;
import org.mbcnav.trials.TrialCriterion;

/**
 * Applies reviewed overrides to a trial's reading. An override whose sentence is no longer in
 * the text (the registry record changed) is not dropped: it is listed to check by hand, so a
 * stale correction is seen rather than silently lost. Pure.
 */
public final class OverrideApplier {
    private OverrideApplier() {
    }

    public static TrialReading apply(TrialReading reading, List<TrialOverride> overrides) {
        List<SentenceReading> sentences = new ArrayList<>(reading.sentences());
        List<CheckByHand> stale = new ArrayList<>(reading.staleOverrides());
        int applied = reading.overridesApplied();
        for (TrialOverride o : overrides) {
            if (!o.nctId().equals(reading.trial().nctId())) {
                continue;
            }
            int i = find(sentences, o.sentence());
            if (i < 0) {
                stale.add(new CheckByHand("Override (" + o.where() + ") for a sentence containing \"" + o.sentence() + "\"",
                        "override", "not applied: the sentence is no longer in the eligibility text; review the override"));
                continue;
            }
            SentenceReading r = sentences.get(i);
            List<TrialCriterion> given = o.criteria().stream()
                    .map(c -> new TrialCriterion(c, r.sentence().text(), r.sentence().section(), "override", noteOf(o)))
                    .toList();
            List<TrialCriterion> result = new ArrayList<>();
            switch (o.action()) {
                case "add" -> {
                    result.addAll(r.criteria());
                    result.addAll(given);
                }
                case "replace" -> result.addAll(given);
                default -> {
                    if (!o.criteria().isEmpty()) {
                        r.criteria().stream().filter(c -> !o.criteria().contains(c.requirement())).forEach(result::add);
                    }
                }
            }
            sentences.set(i, r.with(result, o.checkByHand()));
            applied++;
        }
        return new TrialReading(reading.trial(), reading.registry(), sentences, stale, applied);
    }

    private static String noteOf(TrialOverride o) {
        return o.note() + " (reviewed " + o.reviewed() + ")";
    }

    private static int find(List<SentenceReading> sentences, String piece) {
        String p = EligibilityText.normalise(piece).toLowerCase(Locale.ROOT);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).sentence().text().toLowerCase(Locale.ROOT).contains(p)) {
                return i;
            }
        }
        return -1;
    }
}
