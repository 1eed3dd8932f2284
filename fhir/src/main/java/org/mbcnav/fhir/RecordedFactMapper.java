package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.mbcnav.model.patient.Symptom;

/**
 * Observations coded in MBC Navigator's recorded-fact system (docs/fhir-export.md): facts a
 * clinician records that mCODE has no element for (visceral crisis, measurable disease,
 * symptoms, ovarian suppression, pregnancy, preferences, Ki-67, the grade of a comorbidity).
 * MBC Navigator writes them in its own FHIR patient export; other senders rarely will.
 */
final class RecordedFactMapper {

    boolean handles(Concept code) {
        return code.code(Systems.MBCNAV_RECORDED_FACT).isPresent();
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        String fact = code.code(Systems.MBCNAV_RECORDED_FACT).orElseThrow();
        JsonNode n = obs.node();
        Boolean bool = n.path("valueBoolean").isBoolean() ? n.get("valueBoolean").asBoolean() : null;
        switch (fact) {
            case "visceral-crisis" -> facts.visceralCrisis = bool;
            case "measurable-disease" -> facts.measurableDisease = bool;
            case "ovarian-suppression" -> facts.ovarianSuppression = bool;
            case "pregnant" -> facts.pregnant = bool;
            case "prefers-oral-only" -> facts.oralOnly = bool;
            case "prefers-avoid-hair-loss" -> facts.avoidHairLoss = bool;
            case "prefers-fewer-visits" -> facts.fewerVisits = bool;
            case "goals-of-care" -> facts.goalsOfCare = n.path("valueString").asText(null);
            case "symptom" -> symptom(obs, facts);
            case "none-recorded" -> {
                // "Recorded: none" for a list FHIR has no empty form for.
                String list = Concept.of(n.get("valueCodeableConcept")).codings().stream().map(Coding::code)
                        .filter(c -> c != null).findFirst().orElse("");
                switch (list) {
                    case "comorbidities" -> facts.comorbiditiesStated = true;
                    case "medications" -> facts.medicationsStated = true;
                    case "allergies" -> facts.allergiesStated = true;
                    default -> obs.warning("valueCodeableConcept", list, "not a list MBC Navigator records; not used");
                }
            }
            case "ki67" -> biopsyValue(obs, facts, true);
            case "biopsy-metastatic" -> biopsyValue(obs, facts, false);
            case "comorbidity-grade" -> {
                String focus = n.path("focus").path(0).path("reference").asText("");
                String ref = focus.isEmpty() ? "" : index(focus);
                if (n.path("valueInteger").isInt() && !ref.isEmpty()) {
                    facts.comorbidityGrades.put(ref, n.get("valueInteger").asInt());
                } else {
                    obs.warning("focus", "comorbidity grade", "no Condition reference or integer grade; not used");
                }
            }
            default -> obs.warning("code", fact, "recorded fact not understood; not used");
        }
    }

    private static void symptom(Res obs, PatientFacts facts) {
        String code = Concept.of(obs.node().get("valueCodeableConcept")).codings().stream().map(Coding::code)
                .filter(c -> c != null).findFirst().orElse("");
        for (Symptom s : Symptom.values()) {
            if (s.code().equals(code)) {
                facts.symptoms.add(s);
                return;
            }
        }
        obs.warning("valueCodeableConcept", code, "symptom not understood; not used");
    }

    private static void biopsyValue(Res obs, PatientFacts facts, boolean ki67) {
        LocalDate date = obs.eventDate().orElse(null);
        BiopsyDraft biopsy = facts.biopsy(date, obs.node().path("specimen").path("reference").asText(null));
        JsonNode n = obs.node();
        if (ki67 && n.path("valueQuantity").path("value").isNumber()) {
            biopsy.ki67 = n.get("valueQuantity").get("value").asDouble();
        } else if (!ki67 && n.path("valueBoolean").isBoolean()) {
            biopsy.metastatic = n.get("valueBoolean").asBoolean();
        } else {
            obs.warning("value[x]", ki67 ? "Ki-67" : "biopsy-metastatic", "value missing or of the wrong type; not used");
        }
    }

    /** "Condition/x" or an absolute URL ending in Condition/x, as Res.ref() writes it. */
    private static String index(String reference) {
        int i = reference.lastIndexOf("Condition/");
        return i < 0 ? reference : reference.substring(i);
    }
}
