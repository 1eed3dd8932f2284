package org.mbcnav.model.patient;

import java.util.List;

/**
 * One person as the clinic recorded them: nothing here is inferred. Derived facts (subtype,
 * line of therapy, endocrine sensitivity...) live in the engine's ClinicalState.
 */
public record Patient(
        String id,
        Person person,
        Tumor tumor,
        List<GenomicResult> genomics,
        Biomarkers biomarkers,
        Disease disease,
        List<TreatmentCourse> treatments,
        List<Radiotherapy> radiotherapy,
        List<Surgery> surgeries,
        Health health,
        Preferences preferences) {

    public Patient {
        genomics = Lists.copy(genomics);
        treatments = Lists.copy(treatments);
        radiotherapy = Lists.copy(radiotherapy);
        surgeries = Lists.copy(surgeries);
        tumor = tumor == null ? new Tumor(null, List.of()) : tumor;
        biomarkers = biomarkers == null ? new Biomarkers(List.of(), List.of(), List.of()) : biomarkers;
        health = health == null ? new Health(null, List.of(), null, null) : health;
        preferences = preferences == null ? Preferences.NONE : preferences;
    }
}
