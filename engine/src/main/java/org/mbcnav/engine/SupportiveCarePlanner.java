package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.SupportiveCareItem;
import org.mbcnav.model.plan.SupportiveCareAdvice;

/**
 * Supportive care that applies: items whose condition holds for the patient, and items tied to
 * a kind of treatment when at least one offered option is of that kind (e.g. scalp cooling when
 * an offered chemotherapy often causes hair loss).
 */
final class SupportiveCarePlanner {
    private final Knowledge k;
    private final CriterionEvaluator criteria;
    private final SourceRefs sources;
    private final RegimenTriggers triggers;

    SupportiveCarePlanner(Knowledge k, CriterionEvaluator criteria) {
        this.k = k;
        this.criteria = criteria;
        this.sources = new SourceRefs(k);
        this.triggers = new RegimenTriggers(k);
    }

    List<SupportiveCareAdvice> plan(List<Assessment> offered) {
        List<SupportiveCareAdvice> out = new ArrayList<>();
        for (SupportiveCareItem item : k.supportiveCare()) {
            List<String> why = new ArrayList<>();
            if (item.when() != null) {
                Verdict v = criteria.evaluate(item.when());
                if (v.truth() != Truth.TRUE) {
                    continue;
                }
                why.add(v.explanation());
            }
            if (item.regimenTrigger() != null) {
                List<String> matching = offered.stream().filter(a -> triggers.matches(item.regimenTrigger(), Offer.of(a)))
                        .map(a -> a.regimen().id()).toList();
                if (matching.isEmpty()) {
                    continue;
                }
                why.add("with options " + String.join(", ", matching));
            }
            out.add(new SupportiveCareAdvice(item.id(), item.title(), item.domain(), item.actions(),
                    why.isEmpty() ? "recommended for everyone with metastatic breast cancer" : String.join("; ", why),
                    item.patientText(), sources.of(item.sources())));
        }
        return out;
    }
}
