package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.model.knowledge.Component;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Rule;
import org.mbcnav.model.plan.DrugRef;

/**
 * Decides what happens to one regimen for one patient. Precedence: a criterion that is not met
 * (not-eligible), then an exclusion that applies (excluded), then a contraindication
 * (contraindicated), then missing facts (needs-information); otherwise the option is offered.
 * An unverified rule never rules out: it becomes a warning.
 */
final class RegimenAssessor {
    private final Knowledge k;
    private final CriterionEvaluator criteria;
    private final ApprovalEvaluator approvals;

    private final KnowledgeIndex index;

    RegimenAssessor(Knowledge k, KnowledgeIndex index, CriterionEvaluator criteria, ClinicalState state) {
        this.k = k;
        this.index = index;
        this.criteria = criteria;
        this.approvals = new ApprovalEvaluator(criteria, state.asOf());
    }

    Assessment assess(Regimen r) {
        List<Verdict> eligibility = r.eligibility().stream().map(criteria::evaluate).toList();
        Truth eligible = Truth.TRUE;
        for (Verdict v : eligibility) {
            eligible = eligible.and(v.truth());
        }
        // Rules only matter for a regimen that could be offered: a not-eligible one is reported by
        // its unmet criteria alone, so its rules are not evaluated (most regimens fail on subtype).
        List<RuleResult> exclusions = List.of();
        List<RuleResult> cautions = List.of();
        if (eligible != Truth.FALSE) {
            List<Rule> rules = new ArrayList<>(r.exclusions());
            Rule again = index.rechallenge(r);
            if (again != null) {
                rules.add(again);
            }
            exclusions = evaluate(rules);
            cautions = evaluate(r.cautions());
        }
        boolean excluded = exclusions.stream().anyMatch(x -> x.verdict().truth() == Truth.TRUE && !x.rule().unverified());
        boolean contraindicated = cautions.stream().anyMatch(x -> x.verdict().truth() == Truth.TRUE
                && "contraindication".equals(x.rule().severity()) && !x.rule().unverified());
        String outcome = outcome(eligible, excluded, contraindicated);
        List<Assessment.ComponentChoice> components = new ArrayList<>();
        Set<String> drugNames = new LinkedHashSet<>();
        for (Component c : r.components()) {
            Verdict when = c.when() == null ? null : criteria.evaluate(c.when());
            Assessment.ComponentChoice choice = new Assessment.ComponentChoice(c.drugs(), c.oneOf(), when);
            components.add(choice);
            if (choice.applies()) {
                drugNames.addAll(c.drugs());
            }
        }
        List<DrugRef> drugs = drugNames.stream()
                .map(n -> new DrugRef(n, k.drug(n).map(d -> d.rxnorm()).orElse(null)))
                .toList();
        return new Assessment(r, outcome, eligibility, exclusions, cautions, components, drugs,
                approvals.evaluate(r, eligible));
    }

    /** The precedence of outcomes, shared with {@link RegimenScreen}. */
    static String outcome(Truth eligible, boolean excluded, boolean contraindicated) {
        return eligible == Truth.FALSE ? "not-eligible"
                : excluded ? "excluded"
                : contraindicated ? "contraindicated"
                : eligible == Truth.UNKNOWN ? "needs-information"
                : "offered";
    }

    private List<RuleResult> evaluate(List<Rule> rules) {
        List<RuleResult> out = new ArrayList<>();
        for (Rule rule : rules) {
            Criterion when = rule.when();
            out.add(new RuleResult(rule, criteria.evaluate(when)));
        }
        return out;
    }
}
