package org.mbcnav.engine.course;

import java.util.List;

/**
 * What a drug's label table says to do for one adverse event. condition is set for rows the
 * record cannot settle (the clinician judges whether it holds); resumeDose is the dose level to
 * resume at, worked out from the current level. verified is false for UNVERIFIED rows; a drug
 * without a table gets action "no-table".
 */
public record DoseProposal(
        String drug,
        String action,
        String condition,
        String resumeWhen,
        String resumeDose,
        String currentDose,
        String plus,
        String recheck,
        boolean verified,
        List<String> sources,
        String text) {

    public DoseProposal {
        sources = List.copyOf(sources);
    }
}
