package org.mbcnav.fhir;

import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.patient.Patient;

/**
 * One imported patient, everything the importer could not use (with the reason), and whether the
 * bundle shows metastatic disease at all. MBC Navigator plans only for stage IV, so a caller
 * checks {@link #plannable()} before planning and otherwise reports "not metastatic; not planned"
 * with the evidence in {@link MetastaticStatus#evidence()}.
 */
public record ImportResult(Patient patient, List<DataQualityIssue> issues, MetastaticStatus metastatic) {

    public ImportResult {
        issues = List.copyOf(issues);
    }

    /** True when the bundle shows stage IV / metastatic disease. */
    public boolean plannable() {
        return metastatic.verdict() == MetastaticStatus.Verdict.METASTATIC;
    }
}
