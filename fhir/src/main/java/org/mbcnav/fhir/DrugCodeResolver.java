package org.mbcnav.fhir;

import java.util.Optional;

/**
 * Turns a medication code of any RxNorm term type (IN, SCD, SCDF, brand...), an NDC package code or a
 * UNII, or only a free-text name, into an ingredient. The table is knowledge data
 * (knowledge/medication-codes.yaml plus knowledge/drugs.yaml) and is loaded by the kb module; the
 * importer only asks.
 */
public interface DrugCodeResolver {

    /** The ingredient for one coding, or empty when the table does not know the code. */
    Optional<ResolvedDrug> byCode(String system, String code);

    /** The ingredient named in free text (a display or CodeableConcept.text), or empty. */
    Optional<ResolvedDrug> byText(String text);
}
