package org.mbcnav.engine;

import java.util.List;
import org.mbcnav.model.knowledge.Regimen;

/**
 * An offered regimen reduced to what the ranking and the regimen triggers of tests and
 * supportive care read: the regimen and the names of the drugs it gives this patient (the
 * components whose condition is not false, in the regimen's order). The full plan takes it from an
 * {@link Assessment}; {@link Planner#outline} from the truths of the screen, without assessing.
 */
record Offer(Regimen regimen, List<String> drugs) {
    Offer {
        drugs = List.copyOf(drugs);
    }

    static Offer of(Assessment a) {
        return new Offer(a.regimen(), a.drugs().stream().map(d -> d.name()).toList());
    }
}
