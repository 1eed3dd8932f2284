package org.mbcnav.engine.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The RECIST 1.1 response at one follow-up scan with the trace that explains it. Sums are in mm
 * (null when not every target was measured); knownSumMm is the sum of what was measured.
 * progressionDate is the date progression counts from (earlier than date when an equivocal new
 * lesion seen before is now unequivocal). pendingConfirmation: an equivocal new lesion awaits
 * the next scan.
 */
public record TimePointResponse(
        LocalDate date,
        BigDecimal sumMm,
        BigDecimal knownSumMm,
        BigDecimal baselineSumMm,
        BigDecimal nadirBeforeMm,
        TargetResponse target,
        Set<TargetResponse> possibleTargets,
        NonTargetResponse nonTarget,
        String newLesions,
        OverallResponse overall,
        LocalDate progressionDate,
        boolean pendingConfirmation,
        List<String> trace) {

    public TimePointResponse {
        possibleTargets = Set.copyOf(possibleTargets);
        trace = List.copyOf(trace);
    }
}
