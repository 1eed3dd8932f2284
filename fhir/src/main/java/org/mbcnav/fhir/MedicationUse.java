package org.mbcnav.fhir;

import java.time.LocalDate;
import org.mbcnav.model.patient.StopReason;

/**
 * One medication record (request, administration or statement) reduced to what course building
 * needs. Intent is the mCODE procedure intent: curative, palliative, or null when not stated.
 */
record MedicationUse(
        String ref,
        String drug,
        LocalDate start,
        LocalDate end,
        boolean ongoing,
        String intent,
        StopReason stopReason,
        String course,
        org.mbcnav.model.patient.TherapySetting setting) {
}
