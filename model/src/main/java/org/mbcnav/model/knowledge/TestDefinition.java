package org.mbcnav.model.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A test that settles facts (genes, PD-L1, MSI, TMB, HER2 score) and when it is recommended even
 * if no option depends on it, or when an offered option matches whenRegimen (e.g. DPYD before a
 * fluoropyrimidine).
 */
public record TestDefinition(String id, String title, List<String> genes, List<String> settles, String specimen,
                             Criterion recommendWhen, RegimenTrigger whenRegimen, String why, List<String> sources, LocalDate lastReviewed,
                             List<String> unverified) {
    public TestDefinition {
        genes = List.copyOf(genes);
        settles = List.copyOf(settles);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }
}
