package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.util.Set;

/**
 * One course as the criteria see it: its drugs and their classes, early (neoadjuvant or
 * adjuvant) or metastatic, and whether the disease progressed on it.
 */
public record PriorExposure(Set<String> drugs, Set<String> classes, boolean early, boolean progressed,
                            LocalDate start, LocalDate end) {
    public PriorExposure {
        drugs = Set.copyOf(drugs);
        classes = Set.copyOf(classes);
    }
}
