package org.mbcnav.quality;

import java.time.LocalDate;
import org.mbcnav.model.patient.Patient;

/** One patient to plan for, with the date to plan as of and the file it came from. */
public record PatientCase(String id, Patient patient, LocalDate asOf, String file) {
}
