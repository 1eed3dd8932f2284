package org.mbcnav.model.course;

import org.mbcnav.model.patient.LabTest;

/**
 * A lab value to grade, in the test's unit (see LabTest), with the reporting lab's limits and
 * the patient's pre-treatment value where the grade depends on it (liver tests, creatinine,
 * QTcF change, LVEF drop).
 */
public record LabValue(LabTest test, double value, Double uln, Double lln, Double baseline) {
}
