package org.mbcnav.model.knowledge;

import java.util.List;

/** A drug class; a drug in a class is also in each of its parents. */
public record DrugClass(String id, String title, List<String> parents) {
    public DrugClass {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }
}
