package org.mbcnav.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of evaluating one criterion: its truth, a sentence that explains it with the
 * patient's facts, the facts that were missing when it is UNKNOWN (e.g. "gene:ESR1", "pdl1",
 * "lab:qtcf"), and the verdicts of nested criteria for the full trace.
 */
public record Verdict(Truth truth, String criterion, String explanation, Set<String> missing, List<Verdict> parts) {

    public Verdict {
        missing = Set.copyOf(missing);
        parts = List.copyOf(parts);
    }

    static Verdict of(Truth truth, String criterion, String explanation) {
        return new Verdict(truth, criterion, explanation, Set.of(), List.of());
    }

    static Verdict unknown(String criterion, String explanation, String... missing) {
        return new Verdict(Truth.UNKNOWN, criterion, explanation, Set.of(missing), List.of());
    }

    /** Missing facts of this verdict and every UNKNOWN part, sorted for stable output. */
    public Set<String> allMissing() {
        Set<String> out = new TreeSet<>(missing);
        for (Verdict v : parts) {
            if (v.truth() == Truth.UNKNOWN) {
                out.addAll(v.allMissing());
            }
        }
        return out;
    }
}
