package org.mbcnav.model.patient;

import java.time.LocalDate;

/** A radiotherapy course. */
public record Radiotherapy(String site, LocalDate start, LocalDate end, Double doseGy, Integer fractions, String intent) {
}
