package org.mbcnav.model.patient;

import java.time.LocalDate;

/** A comorbidity, with its CTCAE-style grade where one applies (e.g. pneumonitis / ILD). */
public record Comorbidity(Condition condition, Integer grade, Boolean active, LocalDate date, String note) {
}
