package org.mbcnav.model.plan;

import java.time.LocalDate;
import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The plan for one patient at one as-of date, made with one knowledge version. Field names and
 * order are the documented JSON contract (docs/plan-json.md).
 */
public record Plan(
        LocalDate asOf,
        String knowledgeVersion,
        PatientSummary patientSummary,
        List<PlanOption> options,
        List<Exclusion> excluded,
        List<SupportiveCareAdvice> supportiveCare,
        List<MonitoringEntry> monitoring,
        List<MissingTest> missingTests,
        List<TrialMatch> trials,
        List<DataQualityIssue> dataQuality,
        String disclaimer) {

    public Plan {
        options = List.copyOf(options);
        excluded = List.copyOf(excluded);
        supportiveCare = List.copyOf(supportiveCare);
        monitoring = List.copyOf(monitoring);
        missingTests = List.copyOf(missingTests);
        trials = List.copyOf(trials);
        dataQuality = List.copyOf(dataQuality);
    }

    public Plan withTrials(List<TrialMatch> matched) {
        return new Plan(asOf, knowledgeVersion, patientSummary, options, excluded, supportiveCare, monitoring,
                missingTests, matched, dataQuality, disclaimer);
    }

    public Plan withDataQuality(List<DataQualityIssue> issues) {
        return new Plan(asOf, knowledgeVersion, patientSummary, options, excluded, supportiveCare, monitoring,
                missingTests, trials, issues, disclaimer);
    }
}
