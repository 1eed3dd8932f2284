package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Definitions;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Evidence;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.patient.Preferences;
import org.mbcnav.model.plan.DrugRef;

/**
 * Orders offered options: category first (preferred, other, certain circumstances), then within
 * a category the patient's stated preferences, then the ranking rules of knowledge/definitions.yaml
 * that hold for the patient (e.g. endocrine-based first for HR-positive disease without visceral
 * crisis), then an on-label use, then the strength of evidence (a significant overall-survival gain, then the progression-free hazard ratio), then
 * the id so that the order is always the same.
 */
final class OptionRanker {
    private static final List<String> CATEGORY_ORDER = List.of("preferred", "other", "certain-circumstances");

    private final Knowledge k;
    private final Preferences prefs;
    private final CriterionEvaluator criteria;
    private final List<Definitions.RankingRule> rules;

    /** Only the ranking rules whose condition holds for this patient are applied. */
    OptionRanker(Knowledge k, Preferences prefs, CriterionEvaluator criteria) {
        this.k = k;
        this.prefs = prefs;
        this.criteria = criteria;
        this.rules = k.definitions().rankingRules().stream()
                .filter(r -> r.when() == null || criteria.truth(r.when()) == Truth.TRUE)
                .toList();
    }

    List<Assessment> rank(List<Assessment> offered) {
        return order(offered, Offer::of, a -> a.approvals().stream().anyMatch(s -> s.status().equals("on-label")));
    }

    /**
     * The same order as {@link #rank} for the same offered regimens, from truths alone: whether
     * an option is on-label is decided by {@link ApprovalEvaluator#onLabel} instead of the full
     * approval statuses, and the ranking rules read criterion truths instead of verdicts.
     */
    List<Offer> rankOffers(List<Offer> offered, ApprovalEvaluator approvals) {
        return order(offered, o -> o, o -> approvals.onLabel(o.regimen()));
    }

    private <T> List<T> order(List<T> offered, Function<T, Offer> offer, Predicate<T> onLabel) {
        // Sort keys are computed once per option: the comparator runs O(n log n) times.
        List<Keyed<T>> keyed = new ArrayList<>();
        for (T item : offered) {
            Offer o = offer.apply(item);
            Regimen r = o.regimen();
            int[] ruleKeys = new int[rules.size()];
            for (int i = 0; i < rules.size(); i++) {
                ruleKeys[i] = matches(rules.get(i), r) ? 0 : 1;
            }
            long met = 0;
            for (String note : preferenceNotes(r, o.drugs())) {
                met += note.startsWith("+") ? 1 : 0;
            }
            keyed.add(new Keyed<>(item, r.id(), CATEGORY_ORDER.indexOf(r.category()), -met, ruleKeys,
                    onLabel.test(item) ? 0 : 1, significantOs(r) ? 0 : 1, bestPfsHr(r)));
        }
        keyed.sort(null);
        List<T> out = new ArrayList<>(keyed.size());
        keyed.forEach(x -> out.add(x.item()));
        return List.copyOf(out);
    }

    /** An option with its sort keys, compared key by key in the order the class comment gives. */
    private record Keyed<T>(T item, String id, int category, long preferences, int[] rules, int onLabel, int os, double pfs)
            implements Comparable<Keyed<T>> {
        @Override
        public int compareTo(Keyed<T> o) {
            int c = Integer.compare(category, o.category);
            if (c == 0) {
                c = Long.compare(preferences, o.preferences);
            }
            if (c == 0) {
                c = java.util.Arrays.compare(rules, o.rules);
            }
            if (c == 0) {
                c = Integer.compare(onLabel, o.onLabel);
            }
            if (c == 0) {
                c = Integer.compare(os, o.os);
            }
            if (c == 0) {
                c = Double.compare(pfs, o.pfs);
            }
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    /**
     * How the option meets (+) or misses (-) each stated preference; shown with the option so
     * that the patient and the team can see why the order changed.
     */
    List<String> preferenceNotes(Assessment a) {
        return preferenceNotes(a.regimen(), a.drugs().stream().map(DrugRef::name).toList());
    }

    private List<String> preferenceNotes(Regimen r, List<String> drugNames) {
        List<String> notes = new ArrayList<>();
        if (!Boolean.TRUE.equals(prefs.oralOnly()) && !Boolean.TRUE.equals(prefs.avoidHairLoss())
                && !Boolean.TRUE.equals(prefs.fewerVisits())) {
            return notes; // no preference stated: no note, and nothing to look up
        }
        List<Drug> drugs = drugNames.stream().map(k::drug).flatMap(java.util.Optional::stream).toList();
        boolean radiation = r.modalities().contains("radiation");
        if (Boolean.TRUE.equals(prefs.oralOnly()) && !radiation) {
            List<String> notOral = drugs.stream().filter(d -> !"oral".equals(d.route())).map(Drug::name).toList();
            notes.add(notOral.isEmpty() ? "+ oral only: every drug is taken by mouth"
                    : "- oral only: " + String.join(", ", notOral) + " is not taken by mouth");
        }
        if (Boolean.TRUE.equals(prefs.avoidHairLoss()) && !radiation) {
            List<String> hair = drugs.stream().filter(d -> "high".equals(d.alopecia())).map(Drug::name).toList();
            notes.add(hair.isEmpty() ? "+ avoid hair loss: no drug with a high risk of hair loss"
                    : "- avoid hair loss: " + String.join(", ", hair) + " often causes hair loss (scalp cooling may help)");
        }
        if (Boolean.TRUE.equals(prefs.fewerVisits())) {
            Double visits = r.visitsPerMonth();
            if (visits != null) {
                notes.add(visits <= 1 ? "+ fewer visits: about " + fmt(visits) + " clinic visit(s) a month"
                        : "- fewer visits: about " + fmt(visits) + " clinic visits a month");
            }
        }
        return notes;
    }

    /** The ranking rules that moved this option up, for the option's reasons. */
    List<Definitions.RankingRule> rulesMatched(Assessment a) {
        return rules.stream().filter(r -> matches(r, a.regimen())).toList();
    }

    private boolean matches(Definitions.RankingRule rule, Regimen r) {
        if (!rule.preferModalities().isEmpty() && r.modalities().stream().anyMatch(rule.preferModalities()::contains)) {
            return true;
        }
        if (!rule.biomarkerMatched()) {
            return false;
        }
        for (Criterion c : r.eligibility()) {
            if (restsOnBiomarker(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A true criterion that asks for a detected alteration or a biomarker result (PD-L1, MSI,
     * TMB), directly or inside allOf/anyOf, judged by the criterion's kind, not its wording. A
     * negated criterion ("not ... detected") never counts.
     */
    private boolean restsOnBiomarker(Criterion c) {
        if (criteria.truth(c) != Truth.TRUE) {
            return false;
        }
        return switch (c) {
            case Criterion.Biomarker b -> "detected".equals(b.status());
            case Criterion.AlterationType t -> true;
            case Criterion.PdL1 p -> true;
            case Criterion.Msi m -> true;
            case Criterion.Tmb t -> true;
            case Criterion.AllOf all -> anyPart(all.criteria());
            case Criterion.AnyOf any -> anyPart(any.criteria());
            default -> false;
        };
    }

    private boolean anyPart(List<Criterion> parts) {
        for (Criterion part : parts) {
            if (restsOnBiomarker(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean significantOs(Regimen r) {
        for (Evidence e : r.evidence()) {
            if (e.os() != null && Boolean.TRUE.equals(e.os().significant())) {
                return true;
            }
        }
        return false;
    }

    /** The smallest progression-free hazard ratio reported, 1 when none is. */
    private static double bestPfsHr(Regimen r) {
        double best = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (Evidence e : r.evidence()) {
            if (e.pfs() != null && e.pfs().hr() != null) {
                best = Math.min(best, e.pfs().hr());
                any = true;
            }
        }
        return any ? best : 1.0;
    }

    private static String fmt(double d) {
        return CriterionText.num(d);
    }
}
