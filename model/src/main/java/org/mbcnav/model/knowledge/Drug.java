package org.mbcnav.model.knowledge;

import java.util.List;

/** A drug by lowercase INN with its RxNorm ingredient code and the properties the planner uses. */
public record Drug(String name, String rxnorm, Boolean rxnormVerified, List<String> brands, List<String> classes,
                   String route, String modality, String alopecia, String emetogenicRisk, List<String> sources,
                   List<String> unverified) {
    public Drug {
        brands = brands == null ? List.of() : List.copyOf(brands);
        classes = classes == null ? List.of() : List.copyOf(classes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
    }
}
