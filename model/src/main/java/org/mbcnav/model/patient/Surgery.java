package org.mbcnav.model.patient;

import java.time.LocalDate;

/** A surgical procedure. */
public record Surgery(String procedure, LocalDate date, String intent) {
}
