package org.mbcnav.fhir;

import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * What a Bulk Data read did: patients imported and failed, and the issues that belong to no
 * patient (malformed lines with file and line number, resources without a patient, manifest
 * problems).
 */
public record BulkSummary(int imported, int failed, List<DataQualityIssue> fileIssues) {
    public BulkSummary {
        fileIssues = List.copyOf(fileIssues);
    }
}
