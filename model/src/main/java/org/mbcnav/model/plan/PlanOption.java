package org.mbcnav.model.plan;

import java.util.List;

/** An offered treatment option, ranked, with why it is offered and what to watch. */
public record PlanOption(
        int rank,
        String id,
        String title,
        String category,
        List<String> modalities,
        List<DrugRef> drugs,
        String schedule,
        List<ApprovalStatus> approvals,
        List<String> reasons,
        List<Warning> warnings,
        List<EvidenceSummary> evidence,
        List<String> preferenceNotes,
        List<String> unverified,
        List<SourceRef> sources) {

    public PlanOption {
        modalities = List.copyOf(modalities);
        drugs = List.copyOf(drugs);
        approvals = List.copyOf(approvals);
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        evidence = List.copyOf(evidence);
        preferenceNotes = List.copyOf(preferenceNotes);
        unverified = List.copyOf(unverified);
        sources = List.copyOf(sources);
    }
}
