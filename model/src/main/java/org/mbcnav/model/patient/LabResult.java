package org.mbcnav.model.patient;

import java.time.LocalDate;

/** One lab or functional measurement in the test's unit; uln is the lab's upper limit of normal. */
public record LabResult(LabTest test, double value, LocalDate date, Double uln) {
}
