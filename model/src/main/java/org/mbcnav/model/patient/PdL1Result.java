package org.mbcnav.model.patient;

import java.time.LocalDate;

/** PD-L1 by a named assay (22C3 reports CPS; SP142 reports immune-cell percentage). */
public record PdL1Result(String assay, Double cps, Double icPercent, LocalDate date) {
}
