package org.mbcnav.engine;

import java.util.List;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.plan.ApprovalStatus;
import org.mbcnav.model.plan.DrugRef;

/**
 * The full evaluation of one regimen for one patient: every criterion's verdict, every rule,
 * the approvals, and the outcome. This is what `mbcnav explain` prints.
 *
 * @param outcome offered, not-eligible, excluded, contraindicated or needs-information
 */
public record Assessment(Regimen regimen, String outcome, List<Verdict> eligibility, List<RuleResult> exclusions,
                         List<RuleResult> cautions, List<ComponentChoice> components, List<DrugRef> drugs,
                         List<ApprovalStatus> approvals) {

    public Assessment {
        eligibility = List.copyOf(eligibility);
        exclusions = List.copyOf(exclusions);
        cautions = List.copyOf(cautions);
        components = List.copyOf(components);
        drugs = List.copyOf(drugs);
        approvals = List.copyOf(approvals);
    }

    public boolean offered() {
        return "offered".equals(outcome);
    }

    /** A component of the regimen and whether it applies to this patient (its `when`). */
    public record ComponentChoice(List<String> drugs, boolean oneOf, Verdict when) {
        public ComponentChoice {
            drugs = List.copyOf(drugs);
        }

        public boolean applies() {
            return when == null || when.truth() != Truth.FALSE;
        }
    }
}
