package org.mbcnav.model.plan;

import java.time.LocalDate;
import java.util.List;

/** Where the patient stands, as derived by the engine, with the trace of every derivation. */
public record PatientSummary(
        String id,
        Integer age,
        String sex,
        String menopausalStatus,
        String subtype,
        String hormoneReceptor,
        String her2Category,
        boolean erLow,
        LocalDate receptorBiopsyDate,
        String endocrineSensitivity,
        Boolean deNovo,
        LocalDate metastaticDiagnosisDate,
        Integer diseaseFreeIntervalMonths,
        int line,
        List<PriorLine> priorLines,
        List<String> priorClasses,
        List<String> metastaticSites,
        Boolean visceralCrisis,
        Integer ecog,
        List<String> biomarkers,
        List<String> flags,
        List<Derivation> derivations) {

    public PatientSummary {
        priorLines = List.copyOf(priorLines);
        priorClasses = List.copyOf(priorClasses);
        metastaticSites = List.copyOf(metastaticSites);
        biomarkers = List.copyOf(biomarkers);
        flags = List.copyOf(flags);
        derivations = List.copyOf(derivations);
    }
}
