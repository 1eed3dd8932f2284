package org.mbcnav.engine;

import java.util.Set;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.RegimenTrigger;
import org.mbcnav.model.plan.DrugRef;

/** Whether an offered option matches a trigger (by modality, drug, class, emetic or alopecia risk). */
final class RegimenTriggers {
    private final Knowledge k;

    RegimenTriggers(Knowledge k) {
        this.k = k;
    }

    boolean matches(RegimenTrigger t, Assessment a) {
        if (a.regimen().modalities().stream().anyMatch(t.modalities()::contains)) {
            return true;
        }
        for (DrugRef ref : a.drugs()) {
            if (t.drugs().contains(ref.name())) {
                return true;
            }
            Set<String> classes = k.classesOf(ref.name());
            if (t.classes().stream().anyMatch(classes::contains)) {
                return true;
            }
            Drug d = k.drugs().get(ref.name());
            if (d != null && ((d.emetogenicRisk() != null && t.emetogenicRisk().contains(d.emetogenicRisk()))
                    || (d.alopecia() != null && t.alopecia().contains(d.alopecia())))) {
                return true;
            }
        }
        return false;
    }
}
