package org.mbcnav.engine.state;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mbcnav.model.plan.Derivation;

/**
 * Where the derivation steps and flags of a clinical state are written (the plan's patient
 * summary shows them). A quiet one keeps none and builds none of their sentences: the
 * population paths of the planner read the state's values, never its explanations.
 */
final class Explanations {
    private final boolean kept;
    private final List<Derivation> derivations = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();

    Explanations(boolean kept) {
        this.kept = kept;
    }

    void derivation(Supplier<Derivation> d) {
        if (kept) {
            derivations.add(d.get());
        }
    }

    void flag(Supplier<String> f) {
        if (kept) {
            flags.add(f.get());
        }
    }

    List<Derivation> derivations() {
        return derivations;
    }

    List<String> flags() {
        return flags;
    }
}
