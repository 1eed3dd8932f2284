package org.mbcnav.fhir;

/**
 * A medication code resolved to its ingredient.
 *
 * @param ingredient      lowercase INN, the name knowledge/drugs.yaml uses
 * @param cancerTreatment true for systemic anticancer therapy, which forms treatment courses;
 *                        false for supportive or concomitant drugs (bone-modifying agents,
 *                        metformin...), which are listed as current medications instead
 */
public record ResolvedDrug(String ingredient, boolean cancerTreatment) {
}
