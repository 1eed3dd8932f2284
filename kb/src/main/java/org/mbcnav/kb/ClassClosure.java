package org.mbcnav.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.DrugClass;

/**
 * Every class each drug belongs to, parents included, computed once at load so that criteria
 * such as "prior endocrine therapy" match an aromatase inhibitor.
 */
final class ClassClosure {
    private ClassClosure() {
    }

    static Map<String, Set<String>> of(Map<String, DrugClass> classes, Map<String, Drug> drugs,
                                       List<InputProblem> problems) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Drug d : drugs.values()) {
            Set<String> all = new HashSet<>();
            for (String c : d.classes()) {
                if (!classes.containsKey(c)) {
                    problems.add(new InputProblem("drugs.yaml", "", 0, 0,
                            "drug '" + d.name() + "' is in unknown class '" + c + "'"));
                    continue;
                }
                addWithParents(c, classes, all, new HashSet<>(), problems);
            }
            out.put(d.name(), Set.copyOf(all));
        }
        return out;
    }

    private static void addWithParents(String id, Map<String, DrugClass> classes, Set<String> into, Set<String> path,
                                       List<InputProblem> problems) {
        if (!path.add(id)) {
            problems.add(new InputProblem("drugs.yaml", "", 0, 0, "class '" + id + "' is its own ancestor"));
            return;
        }
        into.add(id);
        DrugClass c = classes.get(id);
        if (c == null) {
            return;
        }
        for (String parent : c.parents()) {
            if (!classes.containsKey(parent)) {
                problems.add(new InputProblem("drugs.yaml", "", 0, 0,
                        "class '" + id + "' has unknown parent '" + parent + "'"));
            } else {
                addWithParents(parent, classes, into, new HashSet<>(path), problems);
            }
        }
    }
}
