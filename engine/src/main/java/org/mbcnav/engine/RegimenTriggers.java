package org.mbcnav.engine;

import java.util.List;
import java.util.Set;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.RegimenTrigger;

/** Whether an offered option matches a trigger (by modality, drug, class, emetic or alopecia risk). */
final class RegimenTriggers {
    private final Knowledge k;

    RegimenTriggers(Knowledge k) {
        this.k = k;
    }

    boolean matches(RegimenTrigger t, Offer o) {
        return matches(t, o.regimen(), o.drugs());
    }

    /** @param drugs the names of the drugs the regimen gives the patient */
    boolean matches(RegimenTrigger t, Regimen r, List<String> drugs) {
        if (r.modalities().stream().anyMatch(t.modalities()::contains)) {
            return true;
        }
        for (String name : drugs) {
            if (t.drugs().contains(name)) {
                return true;
            }
            Set<String> classes = k.classesOf(name);
            if (t.classes().stream().anyMatch(classes::contains)) {
                return true;
            }
            Drug d = k.drugs().get(name);
            if (d != null && ((d.emetogenicRisk() != null && t.emetogenicRisk().contains(d.emetogenicRisk()))
                    || (d.alopecia() != null && t.alopecia().contains(d.alopecia())))) {
                return true;
            }
        }
        return false;
    }
}
