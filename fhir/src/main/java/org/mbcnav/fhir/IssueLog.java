package org.mbcnav.fhir;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * Collects every data-quality issue of one import. Nothing the reader meets is dropped without
 * an entry here, so a clinician can see what the plan was not based on.
 */
final class IssueLog {
    private final List<DataQualityIssue> issues = new ArrayList<>();

    void error(String where, String what, String reason) {
        issues.add(new DataQualityIssue("error", where, what, reason));
    }

    void warning(String where, String what, String reason) {
        issues.add(new DataQualityIssue("warning", where, what, reason));
    }

    void info(String where, String what, String reason) {
        issues.add(new DataQualityIssue("info", where, what, reason));
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(i -> "error".equals(i.severity()));
    }

    List<DataQualityIssue> errors() {
        return issues.stream().filter(i -> "error".equals(i.severity())).toList();
    }

    List<DataQualityIssue> all() {
        return List.copyOf(issues);
    }
}
