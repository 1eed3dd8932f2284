package org.mbcnav.trials.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mbcnav.engine.CriterionEvaluator;
import org.mbcnav.engine.CriterionText;
import org.mbcnav.engine.Truth;
import org.mbcnav.engine.Verdict;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.model.plan.TrialCriterionResult;
import org.mbcnav.model.plan.TrialMatch;
import org.mbcnav.trials.CheckByHand;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.TrialCriterion;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.TrialSite;

/**
 * Matches a patient's clinical state against a trial set with the knowledge criterion evaluator
 * (three-valued: a fact not recorded is unknown, never unmet), filters by distance when a
 * location is given, and ranks. Pure: no I/O, no clock.
 */
public final class TrialMatcher {
    private final CriterionEvaluator evaluator;

    public TrialMatcher(ClinicalState state) {
        this.evaluator = new CriterionEvaluator(state);
    }

    /** Every trial of the set (within reach when near is given), ranked. */
    public List<TrialMatch> matchAll(TrialSet set, Near near) {
        List<TrialMatch> out = new ArrayList<>();
        for (ParsedTrial t : set.trials()) {
            TrialMatch m = match(t, near);
            if (near == null || (m.nearestSiteKm() != null && m.nearestSiteKm() <= near.withinKm())) {
                out.add(m);
            }
        }
        out.sort(TrialRanking.ORDER);
        return out;
    }

    public TrialMatch match(ParsedTrial t, Near near) {
        List<TrialCriterionResult> met = new ArrayList<>();
        List<TrialCriterionResult> unmet = new ArrayList<>();
        List<TrialCriterionResult> unknown = new ArrayList<>();
        for (TrialCriterion c : t.criteria()) {
            Verdict v = evaluator.evaluate(c.requirement());
            TrialCriterionResult r = new TrialCriterionResult(CriterionText.of(c.requirement()), c.section(), c.sentence(),
                    v.explanation(), c.origin(), c.note(), List.copyOf(v.allMissing()));
            (v.truth() == Truth.TRUE ? met : v.truth() == Truth.FALSE ? unmet : unknown).add(r);
        }
        String match = !unmet.isEmpty() ? "ineligible" : !unknown.isEmpty() ? "possible" : "eligible";
        List<String> byHand = t.checkByHand().stream().map(TrialMatcher::describe).toList();
        TrialSite nearest = near == null ? null : nearest(t, near);
        Double km = nearest == null ? null : Math.round(Haversine.km(near.lat(), near.lon(), nearest.lat(), nearest.lon()) * 10) / 10.0;
        return new TrialMatch(t.trial().nctId(), t.trial().title(), t.trial().acronym(), match, met, unmet, unknown, byHand,
                t.trial().status(), t.trial().phaseText(), km, nearest == null ? null : nearest.name());
    }

    private static String describe(CheckByHand c) {
        return c.section() + ": " + c.sentence() + " [" + c.reason() + "]";
    }

    /** The nearest located site that is not closed (a site without a status counts as open). */
    private static TrialSite nearest(ParsedTrial t, Near near) {
        return t.trial().sites().stream()
                .filter(TrialSite::located)
                .filter(s -> s.status() == null || RecruitmentStatus.open(s.status()))
                .min(Comparator.comparingDouble(s -> Haversine.km(near.lat(), near.lon(), s.lat(), s.lon())))
                .orElse(null);
    }
}
