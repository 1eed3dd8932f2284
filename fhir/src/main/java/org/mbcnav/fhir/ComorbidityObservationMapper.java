package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The mCODE Comorbidities Observation (SNOMED 398192003): present conditions by reference or
 * code, and conditions explicitly absent. Referenced Conditions are mapped where they stand in
 * the bundle; only coded ones are added here.
 */
final class ComorbidityObservationMapper {
    static final String CODE = "398192003";

    boolean handles(Res obs, Concept code) {
        return code.has(Systems.SNOMED, CODE) || obs.hasProfile("mcode-comorbidities");
    }

    void map(Res obs, PatientFacts facts) {
        // The mCODE Comorbidities observation is a statement about comorbidities, even when it lists none present.
        facts.comorbiditiesStated = true;
        for (JsonNode ext : obs.node().path("extension")) {
            String url = ext.path("url").asText();
            if (url.equals(Systems.EXT_RELATED_CONDITION)) {
                if (ext.has("valueCodeableConcept")) {
                    Concept c = Concept.of(ext.get("valueCodeableConcept"));
                    Optional<ComorbidityTable.Match> m = ComorbidityTable.lookup(c);
                    if (m.isPresent()) {
                        ConditionMapper.addComorbidity(obs, c, m.get(), facts);
                    } else {
                        obs.info("extension related-condition", c.label(), "not a comorbidity the planner uses");
                    }
                }
            } else if (url.equals(Systems.EXT_RELATED_CONDITION_ABSENT)) {
                Concept c = Concept.of(ext.get("valueCodeableConcept"));
                // The model has no "known absent" comorbidity; absence is the default reading.
                obs.info("extension related-condition-absent", c.label(), "recorded as absent; the model has no field for known absence");
            }
        }
        if (obs.node().has("valueInteger") || obs.node().has("valueQuantity")) {
            obs.info("value[x]", obs.concept("method").name(), "comorbidity index score not used by the model");
        }
    }
}
