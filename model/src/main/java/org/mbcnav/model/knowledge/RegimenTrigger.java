package org.mbcnav.model.knowledge;

import java.util.List;

/** Matches offered options by modality, drug, class, emetogenic risk or alopecia risk (any listed value). */
public record RegimenTrigger(List<String> modalities, List<String> drugs, List<String> classes,
                             List<String> emetogenicRisk, List<String> alopecia) {
    public RegimenTrigger {
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        classes = classes == null ? List.of() : List.copyOf(classes);
        emetogenicRisk = emetogenicRisk == null ? List.of() : List.copyOf(emetogenicRisk);
        alopecia = alopecia == null ? List.of() : List.copyOf(alopecia);
    }
}
