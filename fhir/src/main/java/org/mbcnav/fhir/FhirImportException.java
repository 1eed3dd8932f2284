package org.mbcnav.fhir;

import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The input cannot be turned into a patient: invalid JSON, not a Bundle, no breast cancer, two
 * patients, a subject that points outside the bundle. It carries every issue found up to that
 * point (errors first), so that one run shows all that needs fixing.
 */
public class FhirImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DataQualityIssue> issues;

    public FhirImportException(String message, List<DataQualityIssue> issues) {
        super(message);
        this.issues = List.copyOf(issues);
    }

    public List<DataQualityIssue> issues() {
        return issues;
    }
}
