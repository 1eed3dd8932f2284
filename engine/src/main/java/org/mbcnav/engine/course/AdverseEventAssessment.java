package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.List;

/**
 * An adverse event as assessed: its CTCAE term and grade (recorded by the clinician, or
 * derived from the lab value with the grading trace), which occurrence of this term and grade
 * it is in the current line, and the label dose proposals for each drug it is attributed to.
 */
public record AdverseEventAssessment(LocalDate date, String termId, String term, int grade, String gradeBasis,
                                     LabGrade labGrade, int occurrence, List<DoseProposal> proposals) {
    public AdverseEventAssessment {
        proposals = List.copyOf(proposals);
    }
}
