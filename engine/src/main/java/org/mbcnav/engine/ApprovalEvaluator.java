package org.mbcnav.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.knowledge.Approval;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.plan.ApprovalStatus;

/**
 * Whether a regimen's use is on-label for this patient in each region at the as-of date. An
 * approval dated after the as-of date does not count yet; a withdrawn indication stays visible
 * as withdrawn; region-specific label conditions decide on- versus off-label.
 */
final class ApprovalEvaluator {
    static final List<String> REGIONS = List.of("US", "EU");

    private final CriterionEvaluator criteria;
    private final LocalDate asOf;

    ApprovalEvaluator(CriterionEvaluator criteria, LocalDate asOf) {
        this.criteria = criteria;
        this.asOf = asOf;
    }

    List<ApprovalStatus> evaluate(Regimen r, Truth eligible) {
        List<ApprovalStatus> out = new ArrayList<>();
        if (r.modalities().contains("radiation") && r.approvals().isEmpty()) {
            return out;
        }
        for (String region : REGIONS) {
            List<Approval> rows = r.approvals().stream().filter(a -> a.region().equals(region)).toList();
            if (rows.isEmpty()) {
                out.add(new ApprovalStatus(region, "unknown", null, null, "no approval information in the knowledge base"));
                continue;
            }
            out.add(best(rows.stream().map(a -> status(a, eligible)).toList()));
        }
        return out;
    }

    /**
     * Whether {@link #evaluate} would give an offered regimen (eligibility true) "on-label" in
     * some region, from truths alone: a row of a listed region that is not refused, withdrawn by
     * the as-of date or dated after it, and whose label conditions all hold. The most favourable
     * status of a region is on-label exactly when one of its rows is.
     */
    boolean onLabel(Regimen r) {
        for (Approval a : r.approvals()) {
            if (!REGIONS.contains(a.region()) || "not-approved".equals(a.status()) || "under-review".equals(a.status())
                    || ("withdrawn".equals(a.status()) && a.withdrawn() != null && !a.withdrawn().isAfter(asOf))
                    || (a.date() != null && a.date().isAfter(asOf))) {
                continue;
            }
            boolean holds = true;
            for (Criterion c : a.conditions()) {
                holds &= criteria.truth(c) == Truth.TRUE;
            }
            if (holds) {
                return true;
            }
        }
        return false;
    }

    /** Several rows for one region (e.g. two indications): the most favourable status wins. */
    private static ApprovalStatus best(List<ApprovalStatus> statuses) {
        List<String> order = List.of("on-label", "unknown", "off-label", "under-review", "withdrawn", "not-approved");
        return statuses.stream().min(java.util.Comparator.comparingInt(s -> order.indexOf(s.status()))).orElseThrow();
    }

    private ApprovalStatus status(Approval a, Truth eligible) {
        String unverified = a.unverified() ? " (approval details unverified)" : "";
        switch (a.status()) {
            case "not-approved", "under-review" -> {
                return new ApprovalStatus(a.region(), a.status(), a.date(), a.indication(), "not approved for this use" + unverified);
            }
            case "withdrawn" -> {
                if (a.withdrawn() != null && !a.withdrawn().isAfter(asOf)) {
                    return new ApprovalStatus(a.region(), "withdrawn", a.date(), a.indication(),
                            "indication withdrawn on " + a.withdrawn() + unverified);
                }
            }
            default -> {
            }
        }
        if (a.date() != null && a.date().isAfter(asOf)) {
            return new ApprovalStatus(a.region(), "not-approved", a.date(), a.indication(),
                    "approved on " + a.date() + ", after the as-of date " + asOf + unverified);
        }
        Truth conditions = eligible;
        List<String> unmet = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Criterion c : a.conditions()) {
            if (eligible == Truth.FALSE) {
                break;
            }
            Verdict v = criteria.evaluate(c);
            conditions = conditions.and(v.truth());
            if (v.truth() == Truth.FALSE) {
                unmet.add(v.criterion());
            } else if (v.truth() == Truth.UNKNOWN) {
                open.add(v.criterion());
            }
        }
        // Some approvals are known only to the month or year; they are kept, and the missing day is said.
        String since = a.date() == null ? "approval date not recorded" : "approved " + a.date();
        return switch (conditions) {
            case TRUE -> new ApprovalStatus(a.region(), "on-label", a.date(), a.indication(), since + unverified);
            case FALSE -> new ApprovalStatus(a.region(), "off-label", a.date(), a.indication(),
                    (unmet.isEmpty() ? "the patient is outside the labelled population" : "label requires: " + String.join("; ", unmet)) + unverified);
            case UNKNOWN -> new ApprovalStatus(a.region(), "unknown", a.date(), a.indication(),
                    "on-label only if: " + (open.isEmpty() ? "the eligibility questions are settled" : String.join("; ", open)) + unverified);
        };
    }
}
