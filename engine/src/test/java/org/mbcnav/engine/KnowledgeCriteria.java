package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.kb.CriteriaWalker;
import org.mbcnav.model.knowledge.Component;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Rule;

/** Every criterion of a knowledge base, nested ones included, each object once, in knowledge order. */
final class KnowledgeCriteria {
    private KnowledgeCriteria() {
    }

    static List<Criterion> all(Knowledge k) {
        List<Criterion> out = new ArrayList<>();
        for (Regimen r : k.regimens()) {
            r.eligibility().forEach(c -> CriteriaWalker.walk(c, out::add));
            r.exclusions().stream().map(Rule::when).forEach(c -> CriteriaWalker.walk(c, out::add));
            r.cautions().stream().map(Rule::when).forEach(c -> CriteriaWalker.walk(c, out::add));
            r.components().stream().map(Component::when).forEach(c -> CriteriaWalker.walk(c, out::add));
            r.approvals().forEach(a -> a.conditions().forEach(c -> CriteriaWalker.walk(c, out::add)));
        }
        k.supportiveCare().forEach(s -> CriteriaWalker.walk(s.when(), out::add));
        k.monitoring().forEach(m -> CriteriaWalker.walk(m.when(), out::add));
        k.tests().forEach(t -> CriteriaWalker.walk(t.recommendWhen(), out::add));
        k.definitions().rankingRules().forEach(r -> CriteriaWalker.walk(r.when(), out::add));
        return out;
    }
}
