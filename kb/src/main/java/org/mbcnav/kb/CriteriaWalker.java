package org.mbcnav.kb;

import java.util.function.Consumer;
import org.mbcnav.model.knowledge.Criterion;

/** Visits a criterion and every criterion nested inside it. */
public final class CriteriaWalker {
    private CriteriaWalker() {
    }

    public static void walk(Criterion c, Consumer<Criterion> visit) {
        if (c == null) {
            return;
        }
        visit.accept(c);
        switch (c) {
            case Criterion.AllOf a -> a.criteria().forEach(x -> walk(x, visit));
            case Criterion.AnyOf a -> a.criteria().forEach(x -> walk(x, visit));
            case Criterion.Not n -> walk(n.criterion(), visit);
            default -> {
            }
        }
    }
}
