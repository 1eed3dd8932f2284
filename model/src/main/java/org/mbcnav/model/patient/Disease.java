package org.mbcnav.model.patient;

import java.time.LocalDate;
import java.util.List;

/**
 * The course of the disease: when breast cancer was first diagnosed, whether stage IV was
 * present at diagnosis (de novo) or came later (metastatic recurrence, dated), where it has
 * spread and what it causes. Visceral crisis is asserted by a clinician; it has no computable
 * definition.
 */
public record Disease(
        LocalDate primaryDiagnosisDate,
        Boolean deNovoStageIV,
        LocalDate metastaticDiagnosisDate,
        List<MetastaticSite> sites,
        Boolean visceralCrisis,
        List<Symptom> symptoms,
        Boolean measurableDisease) {

    public Disease {
        sites = Lists.copy(sites);
        symptoms = Lists.copy(symptoms);
    }
}
