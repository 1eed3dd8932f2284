package org.mbcnav.model.patient;

import java.time.LocalDate;

/** Microsatellite instability or mismatch-repair result. */
public record MsiResult(MsiStatus status, LocalDate date, String assay) {
}
