package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * A metastatic line of therapy: one or more courses that clinically form one line (e.g. a
 * toxicity switch within a class stays in the line). classes include parents.
 */
public record LineOfTherapy(int number, List<TreatmentCourse> courses, Set<String> drugs, Set<String> classes,
                            LocalDate start, LocalDate end, boolean progressed, LocalDate progressionDate,
                            boolean ongoing) {
    public LineOfTherapy {
        courses = List.copyOf(courses);
        drugs = Set.copyOf(drugs);
        classes = Set.copyOf(classes);
    }
}
