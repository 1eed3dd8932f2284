package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.mbcnav.model.knowledge.Component;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Rule;

/**
 * The outcome of a regimen and the drugs it would give, from truths alone: the same decision as
 * {@link RegimenAssessor} (same precedence, same rules, {@link RegimenAssessor#outcome}), without
 * the verdict sentences, the approvals or the records that the plan's reasons are made of. For
 * population runs, which only need to know which options a plan would offer.
 */
final class RegimenScreen {
    private final CriterionEvaluator criteria;

    RegimenScreen(CriterionEvaluator criteria) {
        this.criteria = criteria;
    }

    /**
     * What screening reads of one regimen, picked out once per knowledge base
     * ({@link KnowledgeIndex#screens}): the conditions of the rules that can rule it out, i.e. the
     * verified exclusions with the no-rechallenge rule, and the verified contraindications; and
     * for a regimen without conditional components (most), its drugs, the same for every patient.
     */
    record Rules(Regimen regimen, Numbered eligibility, Numbered exclusions, Numbered contraindications,
                 List<String> unconditionalDrugs) {
        static Rules of(Regimen r, Rule rechallenge, KnowledgeIndex index) {
            List<Criterion> exclusions = new ArrayList<>();
            for (Rule rule : r.exclusions()) {
                if (!rule.unverified()) {
                    exclusions.add(rule.when());
                }
            }
            if (rechallenge != null && !rechallenge.unverified()) {
                exclusions.add(rechallenge.when());
            }
            List<Criterion> contraindications = new ArrayList<>();
            for (Rule rule : r.cautions()) {
                if (!rule.unverified() && "contraindication".equals(rule.severity())) {
                    contraindications.add(rule.when());
                }
            }
            boolean unconditional = r.components().stream().allMatch(c -> c.when() == null);
            return new Rules(r, Numbered.of(r.eligibility(), index), Numbered.of(exclusions, index),
                    Numbered.of(contraindications, index), unconditional ? drugs(r, c -> true) : null);
        }
    }

    /** Criteria with their numbers ({@link KnowledgeIndex#slot}), looked up once instead of per patient. */
    record Numbered(Criterion[] criteria, int[] slots) {
        static Numbered of(List<Criterion> criteria, KnowledgeIndex index) {
            return new Numbered(criteria.toArray(Criterion[]::new), criteria.stream().mapToInt(index::slot).toArray());
        }
    }

    String outcome(Rules rules) {
        Truth eligible = Truth.TRUE;
        Numbered e = rules.eligibility();
        for (int i = 0; i < e.slots().length; i++) {
            eligible = eligible.and(criteria.truth(e.criteria()[i], e.slots()[i]));
            if (eligible == Truth.FALSE) {
                return RegimenAssessor.outcome(Truth.FALSE, false, false);
            }
        }
        // The precedence makes an exclusion win over a contraindication: the cautions are read only when none holds.
        if (holds(rules.exclusions())) {
            return RegimenAssessor.outcome(eligible, true, false);
        }
        return RegimenAssessor.outcome(eligible, false, holds(rules.contraindications()));
    }

    /**
     * Whether {@link #outcome} is "offered", reading less: every eligibility criterion must be
     * true (the first that is not decides), and only then are the rules read.
     */
    boolean offered(Rules rules) {
        Numbered e = rules.eligibility();
        for (int i = 0; i < e.slots().length; i++) {
            if (criteria.truth(e.criteria()[i], e.slots()[i]) != Truth.TRUE) {
                return false;
            }
        }
        return !holds(rules.exclusions()) && !holds(rules.contraindications());
    }

    /** The regimen's drugs for this patient: the components whose condition is not false. */
    List<String> drugs(Rules rules) {
        return rules.unconditionalDrugs() != null ? rules.unconditionalDrugs()
                : drugs(rules.regimen(), c -> criteria.truth(c) != Truth.FALSE);
    }

    private static List<String> drugs(Regimen r, Predicate<Criterion> applies) {
        Set<String> names = new LinkedHashSet<>();
        for (Component c : r.components()) {
            if (c.when() == null || applies.test(c.when())) {
                names.addAll(c.drugs());
            }
        }
        return List.copyOf(names);
    }

    private boolean holds(Numbered conditions) {
        for (int i = 0; i < conditions.slots().length; i++) {
            if (criteria.truth(conditions.criteria()[i], conditions.slots()[i]) == Truth.TRUE) {
                return true;
            }
        }
        return false;
    }
}
