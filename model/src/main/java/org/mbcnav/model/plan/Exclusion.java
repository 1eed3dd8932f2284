package org.mbcnav.model.plan;

import java.util.List;

/**
 * A regimen considered and not offered. kind: "not-eligible" (a criterion is not met),
 * "excluded" (an exclusion applies), "contraindicated", or "needs-information" (nothing rules it
 * out, but facts are missing: unknown is not negative, so the missing facts and the tests that
 * would settle them are listed).
 */
public record Exclusion(
        String id,
        String title,
        String category,
        List<String> modalities,
        List<DrugRef> drugs,
        List<ApprovalStatus> approvals,
        String kind,
        List<String> reasons,
        List<String> missing,
        List<String> tests,
        List<SourceRef> sources) {

    public Exclusion {
        modalities = List.copyOf(modalities);
        drugs = List.copyOf(drugs);
        approvals = List.copyOf(approvals);
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        tests = List.copyOf(tests);
        sources = List.copyOf(sources);
    }
}
