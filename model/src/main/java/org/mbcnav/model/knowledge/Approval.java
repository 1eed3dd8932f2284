package org.mbcnav.model.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A regulator's decision on this use in one region. conditions are label requirements beyond
 * the regimen's eligibility that must hold for the use to be on-label there.
 */
public record Approval(String region, String status, LocalDate date, LocalDate withdrawn, String indication,
                       List<Criterion> conditions, List<String> sources, boolean unverified) {
    public Approval {
        conditions = List.copyOf(conditions);
        sources = List.copyOf(sources);
    }
}
