package org.mbcnav.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * What changed between two knowledge releases, entry by entry and field by field: the raw
 * material of release notes.
 */
public final class KnowledgeDiff {
    /** One change: kind is added, removed or changed; fields lists the changed fields. */
    public record Change(String area, String id, String kind, List<String> fields) {
    }

    private KnowledgeDiff() {
    }

    public static List<Change> between(Knowledge before, Knowledge after) {
        List<Change> out = new ArrayList<>();
        compare("regimen", index(before.regimens(), r -> r.id()), index(after.regimens(), r -> r.id()), out);
        compare("supportive-care", index(before.supportiveCare(), x -> x.id()), index(after.supportiveCare(), x -> x.id()), out);
        compare("monitoring", index(before.monitoring(), x -> x.id()), index(after.monitoring(), x -> x.id()), out);
        compare("test", index(before.tests(), x -> x.id()), index(after.tests(), x -> x.id()), out);
        compare("drug", new TreeMap<>(before.drugs()), new TreeMap<>(after.drugs()), out);
        compare("source", new TreeMap<>(before.sources()), new TreeMap<>(after.sources()), out);
        return out;
    }

    private static <T> TreeMap<String, Object> index(List<T> items, Function<T, String> id) {
        TreeMap<String, Object> m = new TreeMap<>();
        items.forEach(i -> m.put(id.apply(i), i));
        return m;
    }

    private static void compare(String area, Map<String, ?> before, Map<String, ?> after, List<Change> out) {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Object a = before.get(id);
            Object b = after.get(id);
            if (a == null) {
                out.add(new Change(area, id, "added", List.of()));
            } else if (b == null) {
                out.add(new Change(area, id, "removed", List.of()));
            } else if (!a.equals(b)) {
                out.add(new Change(area, id, "changed", changedFields(a, b)));
            }
        }
    }

    private static List<String> changedFields(Object a, Object b) {
        JsonNode x = Mappers.json().valueToTree(a);
        JsonNode y = Mappers.json().valueToTree(b);
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        y.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (String n : names) {
            JsonNode vx = x.get(n);
            JsonNode vy = y.get(n);
            if (vx == null ? vy != null : !vx.equals(vy)) {
                changed.add(n);
            }
        }
        return changed;
    }
}
