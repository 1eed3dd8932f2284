package org.mbcnav.model.knowledge;

import java.util.List;

/**
 * A drug by lowercase INN with its RxNorm ingredient code and the properties the planner uses. A
 * catalogue entry that RxNorm splits into several ingredients (insulin: one ingredient per insulin)
 * has no {@code rxnorm} but lists those ingredient codes as {@code rxnormMembers}.
 */
public record Drug(String name, String rxnorm, List<String> rxnormMembers, Boolean rxnormVerified, List<String> brands,
                   List<String> classes, String route, String modality, String alopecia, String emetogenicRisk,
                   List<String> sources, List<String> unverified) {
    public Drug {
        rxnormMembers = rxnormMembers == null ? List.of() : List.copyOf(rxnormMembers);
        brands = brands == null ? List.of() : List.copyOf(brands);
        classes = classes == null ? List.of() : List.copyOf(classes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
    }

    /** Every RxNorm ingredient code of this entry: its own, or its members' for a group. */
    public List<String> rxnormIngredients() {
        return rxnorm != null ? List.of(rxnorm) : rxnormMembers;
    }
}
