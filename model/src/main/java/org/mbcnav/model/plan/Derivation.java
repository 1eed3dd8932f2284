package org.mbcnav.model.plan;

import java.util.List;

/** One derived fact: its value, how it was reached, and the sources of the rule used. */
public record Derivation(String fact, String value, String explanation, List<String> sources) {
    public Derivation {
        sources = List.copyOf(sources);
    }
}
