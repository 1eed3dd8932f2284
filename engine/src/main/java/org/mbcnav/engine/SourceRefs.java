package org.mbcnav.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Source;
import org.mbcnav.model.plan.SourceRef;

/** Turns cited source ids into the references a plan shows (title and link), in citation order. */
final class SourceRefs {
    private final Knowledge k;

    SourceRefs(Knowledge k) {
        this.k = k;
    }

    @SafeVarargs
    final List<SourceRef> of(Collection<String>... idLists) {
        Set<String> ids = new LinkedHashSet<>();
        for (Collection<String> list : idLists) {
            ids.addAll(list);
        }
        return ids.stream().map(id -> {
            Source s = k.sources().get(id);
            return s == null ? new SourceRef(id, id, null) : new SourceRef(id, s.title(), s.url());
        }).toList();
    }
}
