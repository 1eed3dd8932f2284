package org.mbcnav.trials.match;

import java.util.Set;

/** Registry recruitment statuses under which a new patient can still join (trial- or site-level). */
final class RecruitmentStatus {
    private static final Set<String> OPEN = Set.of("RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE");

    private RecruitmentStatus() {
    }

    static boolean open(String status) {
        return status != null && OPEN.contains(status);
    }
}
