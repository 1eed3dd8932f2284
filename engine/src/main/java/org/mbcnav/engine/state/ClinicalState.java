package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Derivation;

/**
 * Where the patient stands at the as-of date: everything the criteria read, derived once from
 * the recorded Patient. Facts that may be unknown are sets of the values still possible (e.g.
 * HER2 IHC 0 without a staining comment is {zero, ultralow}) or null.
 *
 * @param hormoneReceptor   possible values of "positive"/"negative" (both when unknown)
 * @param her2              possible HER2 categories: positive, low, ultralow, zero
 * @param endocrineSensitivity sensitive, primary-resistance, secondary-resistance, not-exposed,
 *                          not-applicable; null when it cannot be derived
 * @param nextLine          the metastatic line about to start (1 = none given yet)
 * @param lastProgression   the latest date the disease progressed or relapsed (null if none)
 * @param medicationClasses each current non-cancer medication with its classes (parents included)
 */
public record ClinicalState(
        Patient patient,
        LocalDate asOf,
        Integer age,
        Integer ecog,
        Set<String> hormoneReceptor,
        Boolean erLow,
        Set<String> her2,
        LocalDate receptorBiopsyDate,
        String endocrineSensitivity,
        Boolean deNovo,
        LocalDate metastaticDate,
        Integer diseaseFreeIntervalMonths,
        List<PriorExposure> exposures,
        List<LineOfTherapy> lines,
        int nextLine,
        LocalDate lastProgression,
        Map<String, LabResult> latestLabs,
        Map<String, Set<String>> medicationClasses,
        List<String> flags,
        List<Derivation> derivations) {

    public ClinicalState {
        hormoneReceptor = Set.copyOf(hormoneReceptor);
        her2 = Set.copyOf(her2);
        exposures = List.copyOf(exposures);
        lines = List.copyOf(lines);
        latestLabs = Map.copyOf(latestLabs);
        medicationClasses = Map.copyOf(medicationClasses);
        flags = List.copyOf(flags);
        derivations = List.copyOf(derivations);
    }

    /** The subtypes still possible given what is known about HR and HER2. */
    public Set<String> subtypes() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (her2.contains("positive")) {
            out.add("her2-positive");
        }
        if (her2.stream().anyMatch(h -> !h.equals("positive"))) {
            if (hormoneReceptor.contains("positive")) {
                out.add("hr-positive-her2-negative");
            }
            if (hormoneReceptor.contains("negative")) {
                out.add("triple-negative");
            }
        }
        return out;
    }
}
