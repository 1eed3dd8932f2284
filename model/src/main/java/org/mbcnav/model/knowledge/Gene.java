package org.mbcnav.model.knowledge;

import java.util.List;

/** A gene by HGNC symbol and id. */
public record Gene(String symbol, String hgnc, String name, Boolean verified, List<String> sources,
                   List<String> unverified) {
    public Gene {
        sources = sources == null ? List.of() : List.copyOf(sources);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
    }
}
