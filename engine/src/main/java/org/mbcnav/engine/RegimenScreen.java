package org.mbcnav.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private final KnowledgeIndex index;
    private final CriterionEvaluator criteria;

    RegimenScreen(KnowledgeIndex index, CriterionEvaluator criteria) {
        this.index = index;
        this.criteria = criteria;
    }

    String outcome(Regimen r) {
        Truth eligible = Truth.TRUE;
        for (Criterion c : r.eligibility()) {
            eligible = eligible.and(criteria.truth(c));
            if (eligible == Truth.FALSE) {
                return RegimenAssessor.outcome(Truth.FALSE, false, false);
            }
        }
        boolean excluded = applies(r.exclusions(), false);
        Rule again = index.rechallenge(r);
        excluded |= again != null && !again.unverified() && criteria.truth(again.when()) == Truth.TRUE;
        return RegimenAssessor.outcome(eligible, excluded, applies(r.cautions(), true));
    }

    /** The regimen's drugs for this patient: the components whose condition is not false. */
    List<String> drugs(Regimen r) {
        Set<String> names = new LinkedHashSet<>();
        for (Component c : r.components()) {
            if (c.when() == null || criteria.truth(c.when()) != Truth.FALSE) {
                names.addAll(c.drugs());
            }
        }
        return List.copyOf(names);
    }

    /** A verified rule that holds (for cautions: only a contraindication counts). */
    private boolean applies(List<Rule> rules, boolean contraindicationsOnly) {
        for (Rule rule : rules) {
            if (rule.unverified() || (contraindicationsOnly && !"contraindication".equals(rule.severity()))) {
                continue;
            }
            if (criteria.truth(rule.when()) == Truth.TRUE) {
                return true;
            }
        }
        return false;
    }
}
