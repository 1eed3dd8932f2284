package org.mbcnav.model.course.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mbcnav.model.patient.LabTest;

/** CTCAE terms known to the course tracker, lab-graded ones with their numeric bands. */
public record CtcaeTable(String version, List<CtcaeTerm> terms, List<String> sources, LocalDate lastReviewed) {
    public CtcaeTable {
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
    }

    public Optional<CtcaeTerm> term(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The lab-graded term for a lab test, if one is defined. */
    public Optional<CtcaeTerm> forLab(LabTest test) {
        return terms.stream().filter(t -> t.lab() == test).findFirst();
    }
}
