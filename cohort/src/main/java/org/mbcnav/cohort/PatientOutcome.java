package org.mbcnav.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the cohort job learned about one patient, everything the aggregates count, plus the
 * per-patient output line. Built by {@link PatientEvaluator}, the same code for every engine.
 *
 * @param status       planned, not-metastatic or not-imported
 * @param problem      why a patient was not imported (the importer's first error), else null
 * @param issues       data-quality issues of the import by severity
 * @param gained       with a knowledge comparison: options offered by the new knowledge only
 * @param lost         options offered by the old knowledge only
 * @param line         the per-patient NDJSON line (compact plan, docs/cohort.md)
 */
public record PatientOutcome(
        String patientId,
        String status,
        String problem,
        String subtype,
        int line,
        List<String> options,
        List<String> missingTests,
        List<String> eligibleTrials,
        List<CourseJudgement> courses,
        Map<String, Integer> issues,
        List<String> gained,
        List<String> lost,
        String ndjson) implements Serializable {

    public static final String PLANNED = "planned";
    public static final String NOT_METASTATIC = "not-metastatic";
    public static final String NOT_IMPORTED = "not-imported";

    public PatientOutcome {
        options = List.copyOf(options);
        missingTests = List.copyOf(missingTests);
        eligibleTrials = List.copyOf(eligibleTrials);
        courses = List.copyOf(courses);
        issues = Map.copyOf(issues);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }
}
