package org.mbcnav.engine.course;

import java.util.List;

/**
 * A CTCAE grade derived from a lab value. grade is what the value proves (0 = not an adverse
 * event by these bands); possibleGrade is a higher grade the value may have when a needed limit
 * (the lab's LLN or ULN, or the baseline) was not recorded, else null.
 */
public record LabGrade(String termId, String term, int grade, Integer possibleGrade, List<String> trace,
                       List<String> sources, boolean unverified) {
    public LabGrade {
        trace = List.copyOf(trace);
        sources = List.copyOf(sources);
    }
}
