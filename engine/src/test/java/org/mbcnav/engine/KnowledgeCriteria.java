package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.List;
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
            r.eligibility().forEach(c -> collect(c, out));
            r.exclusions().stream().map(Rule::when).forEach(c -> collect(c, out));
            r.cautions().stream().map(Rule::when).forEach(c -> collect(c, out));
            r.components().stream().map(Component::when).forEach(c -> collect(c, out));
            r.approvals().forEach(a -> a.conditions().forEach(c -> collect(c, out)));
        }
        k.supportiveCare().forEach(s -> collect(s.when(), out));
        k.monitoring().forEach(m -> collect(m.when(), out));
        k.tests().forEach(t -> collect(t.recommendWhen(), out));
        k.definitions().rankingRules().forEach(r -> collect(r.when(), out));
        return out;
    }

    private static void collect(Criterion c, List<Criterion> out) {
        if (c == null) {
            return;
        }
        out.add(c);
        switch (c) {
            case Criterion.AllOf a -> a.criteria().forEach(x -> collect(x, out));
            case Criterion.AnyOf a -> a.criteria().forEach(x -> collect(x, out));
            case Criterion.Not n -> collect(n.criterion(), out);
            default -> {
            }
        }
    }
}
