package org.mbcnav.model.patient;

import java.util.List;

/** The breast cancer itself: histology and every biopsy with its receptor results. */
public record Tumor(String histology, List<Biopsy> biopsies) {
    public Tumor {
        biopsies = Lists.copy(biopsies);
    }
}
