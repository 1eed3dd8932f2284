package org.mbcnav.fhir;

/** The mcode-procedure-intent extension read as "curative", "palliative" or another word, or null. */
final class ProcedureIntent {
    private static final String CURATIVE = "373808002";
    private static final String PALLIATIVE = "363676003";

    private ProcedureIntent() {
    }

    static String of(Res res) {
        for (var ext : res.extensions(Systems.EXT_PROCEDURE_INTENT)) {
            Concept c = Concept.of(ext.get("valueCodeableConcept"));
            if (c.has(Systems.SNOMED, CURATIVE)) {
                return "curative";
            }
            if (c.has(Systems.SNOMED, PALLIATIVE)) {
                return "palliative";
            }
            String w = c.words();
            if (w.contains("curative")) {
                return "curative";
            }
            if (w.contains("palliative")) {
                return "palliative";
            }
            res.info("extension procedure-intent", c.label(), "intent other than curative or palliative; not used for the setting");
        }
        return null;
    }
}
