package org.mbcnav.model.patient;

import java.util.List;

/**
 * Everything about the person's health outside the cancer that changes what is safe:
 * comorbidities, organ-function labs, current non-cancer medications (lowercase INN, for
 * interactions) and allergies. A list left out means "not recorded"; an empty list means
 * "recorded: none".
 */
public record Health(
        List<Comorbidity> comorbidities,
        List<LabResult> labs,
        List<String> medications,
        List<String> allergies) {

    public Health {
        // null stays null: "not recorded" must stay distinguishable from "recorded: none".
        comorbidities = comorbidities == null ? null : List.copyOf(comorbidities);
        labs = Lists.copy(labs);
        medications = medications == null ? null : List.copyOf(medications);
        allergies = allergies == null ? null : List.copyOf(allergies);
    }

    public boolean comorbiditiesRecorded() {
        return comorbidities != null;
    }

    public boolean medicationsRecorded() {
        return medications != null;
    }

    public List<Comorbidity> comorbidityList() {
        return comorbidities == null ? List.of() : comorbidities;
    }

    public List<String> medicationList() {
        return medications == null ? List.of() : medications;
    }
}
