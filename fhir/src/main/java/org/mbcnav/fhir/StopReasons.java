package org.mbcnav.fhir;

import java.util.List;
import org.mbcnav.model.patient.StopReason;

/**
 * statusReason (STU4) and the retired mcode-treatment-termination-reason extension, read against
 * TreatmentTerminationReasonVS (standards doc §1.6).
 */
final class StopReasons {
    private StopReasons() {
    }

    static StopReason of(Res res) {
        List<Concept> reasons = new java.util.ArrayList<>(res.concepts("statusReason"));
        for (var ext : res.extensions(Systems.EXT_TERMINATION_REASON)) {
            reasons.add(Concept.of(ext.get("valueCodeableConcept")));
        }
        for (Concept c : reasons) {
            StopReason r = one(c);
            if (r != null) {
                return r;
            }
            res.info("statusReason", c.label(), "stop reason not understood; recorded as other");
            return StopReason.OTHER;
        }
        return null;
    }

    private static StopReason one(Concept c) {
        if (c.has(Systems.SNOMED, "266721009")) {
            return StopReason.PROGRESSION;
        }
        if (c.has(Systems.SNOMED, "407563006")) {
            return StopReason.TOXICITY;
        }
        if (c.has(Systems.SNOMED, "182992009")) {
            return StopReason.COMPLETED;
        }
        if (c.has(Systems.SNOMED, "105480006")) {
            return StopReason.PATIENT_CHOICE;
        }
        for (String other : List.of("160932005", "184081006", "309846006", "399307001", "419620001", "7058009", "443729008", "77386006")) {
            if (c.has(Systems.SNOMED, other)) {
                return StopReason.OTHER;
            }
        }
        String w = c.words();
        if (w.contains("progress") || w.contains("no response")) {
            return StopReason.PROGRESSION;
        }
        if (w.contains("toxicity") || w.contains("not tolerated") || w.contains("adverse")) {
            return StopReason.TOXICITY;
        }
        if (w.contains("refus") || w.contains("patient choice") || w.contains("patient preference")) {
            return StopReason.PATIENT_CHOICE;
        }
        if (w.contains("completed")) {
            return StopReason.COMPLETED;
        }
        return null;
    }
}
