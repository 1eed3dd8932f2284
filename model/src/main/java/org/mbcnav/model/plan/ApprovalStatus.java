package org.mbcnav.model.plan;

import java.time.LocalDate;

/**
 * Whether this use is approved for this patient in one region at the as-of date:
 * on-label, off-label, withdrawn, not-approved or under-review.
 */
public record ApprovalStatus(String region, String status, LocalDate date, String indication, String note) {
}
