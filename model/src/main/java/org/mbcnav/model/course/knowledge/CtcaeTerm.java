package org.mbcnav.model.course.knowledge;

import java.util.List;
import org.mbcnav.model.patient.LabTest;

/**
 * One CTCAE term. categories group terms for dose-modification rules (e.g. hematologic).
 * A lab-graded term has a lab and measures; the grade is the highest any applicable measure
 * gives. A term without measures is graded by the clinician.
 */
public record CtcaeTerm(String id, String term, List<String> categories, LabTest lab, List<GradeMeasure> measures,
                        String note, List<String> sources, List<String> unverified) {
    public CtcaeTerm {
        categories = List.copyOf(categories);
        measures = List.copyOf(measures);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }
}
