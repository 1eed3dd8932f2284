package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The value[x] of an Observation (or a component). FHIR allows exactly one; data that carries two
 * (the MITRE breastcancertrials fixture has both a CodeableConcept and a Quantity) is reported
 * and its value is not used, because there is no way to know which one the sender meant.
 */
record ObsValue(Concept concept, Double number, String unit, String string, Boolean bool, List<String> elements) {

    static ObsValue read(JsonNode node) {
        List<String> elements = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (n.startsWith("value") && n.length() > 5 && Character.isUpperCase(n.charAt(5))) {
                elements.add(n);
            }
        }
        Concept concept = Concept.of(node.get("valueCodeableConcept"));
        if (concept.isEmpty() && node.has("valueCoding")) {
            concept = Concept.of(node.get("valueCoding"));
        }
        Double number = null;
        String unit = null;
        JsonNode q = node.get("valueQuantity");
        if (q != null && q.has("value") && q.get("value").isNumber()) {
            number = q.get("value").asDouble();
            unit = q.hasNonNull("code") ? q.get("code").asText() : q.path("unit").asText(null);
        } else if (node.has("valueInteger") && node.get("valueInteger").isNumber()) {
            number = node.get("valueInteger").asDouble();
        }
        String string = node.hasNonNull("valueString") ? node.get("valueString").asText() : null;
        Boolean bool = node.has("valueBoolean") ? node.get("valueBoolean").asBoolean() : null;
        return new ObsValue(concept, number, unit, string, bool, List.copyOf(elements));
    }

    boolean ambiguous() {
        return elements.size() > 1;
    }

    boolean absent() {
        return elements.isEmpty();
    }

    /** Every piece of text the value carries (string, concept text, displays), lowercased. */
    String words() {
        return ((string == null ? "" : string.toLowerCase()) + " " + concept.words()).trim();
    }
}
