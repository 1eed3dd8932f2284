package org.mbcnav.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.MedicationCode;

/**
 * RxNorm code -> catalogue ingredients, from knowledge/drugs.yaml (ingredient codes, and the member
 * ingredients of a group such as insulin) and
 * knowledge/medication-codes.yaml (products, brands, packs). Codes the knowledge base does not
 * list resolve to nothing: an unknown medicine gets no advice rather than a guess.
 */
public final class DrugCodes {
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private final Map<String, List<String>> byCode = new HashMap<>();

    public DrugCodes(Knowledge k) {
        for (Drug d : k.drugs().values()) {
            d.rxnormIngredients().forEach(code -> byCode.put(code, List.of(d.name())));
        }
        for (MedicationCode m : k.medicationCodes()) {
            if (m.code() != null && "rxnorm".equalsIgnoreCase(m.system())) {
                byCode.putIfAbsent(m.code(), m.ingredients());
            }
        }
    }

    public List<String> ingredients(String rxnormCode) {
        return byCode.getOrDefault(rxnormCode, List.of());
    }

    /** Ingredients of a MedicationRequest's medicationCodeableConcept (RxNorm codings only). */
    public Set<String> ingredientsOf(JsonNode medicationRequest) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode coding : medicationRequest.path("medicationCodeableConcept").path("coding")) {
            if (RXNORM.equals(coding.path("system").asText())) {
                out.addAll(ingredients(coding.path("code").asText()));
            }
        }
        return out;
    }
}
