package org.mbcnav.model.patient;

import java.time.LocalDate;

/**
 * One biopsy (primary or metastatic) with its receptor results. Receptors can change between
 * biopsies; the engine decides which to act on. Percentages are preferred; the qualitative
 * status is used when only that was reported.
 */
public record Biopsy(
        LocalDate date,
        String site,
        Boolean metastatic,
        Double erPercent,
        ReceptorStatus erStatus,
        Double prPercent,
        ReceptorStatus prStatus,
        Her2Result her2,
        Integer grade,
        Double ki67) {
}
