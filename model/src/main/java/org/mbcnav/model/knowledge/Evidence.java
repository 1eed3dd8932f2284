package org.mbcnav.model.knowledge;

import java.util.List;

/** One trial behind a regimen. */
public record Evidence(String trial, String nct, String n, String population, String comparator, Outcome pfs,
                       Outcome os, String esmoMcbs, String note, List<String> sources) {
    public Evidence {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
