package org.mbcnav.model.course.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What makes the tracker re-plan besides progression: a newly detected alteration in one of
 * genes (ctDNA or tissue), or a new biopsy whose receptor-derived facts (the plan summary fields
 * named in receptorFields) differ from before.
 */
public record ReplanTriggers(List<String> genes, List<String> receptorFields, String why, List<String> sources,
                             LocalDate lastReviewed) {
    public ReplanTriggers {
        genes = List.copyOf(genes);
        receptorFields = List.copyOf(receptorFields);
        sources = List.copyOf(sources);
    }
}
