package org.mbcnav.model.patient;

import java.util.List;

/**
 * Everything about the person's health outside the cancer that changes what is safe:
 * comorbidities, organ-function labs, current non-cancer medications (lowercase INN, for
 * interactions) and allergies.
 */
public record Health(
        List<Comorbidity> comorbidities,
        List<LabResult> labs,
        List<String> medications,
        List<String> allergies) {

    public Health {
        comorbidities = Lists.copy(comorbidities);
        labs = Lists.copy(labs);
        medications = Lists.copy(medications);
        allergies = Lists.copy(allergies);
    }
}
