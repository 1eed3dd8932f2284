package org.mbcnav.fhirexport;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;

/**
 * The code systems and extensions of MBC Navigator's own namespace, for what no standard code
 * holds (docs/fhir-export.md lists them). Derived facts carry the {@link #DERIVED} tag so that
 * no receiver mistakes them for recorded facts (standards doc §1.7: a derived line of therapy is
 * our computed output, not a source fact).
 */
final class MbcnavTerms {
    static final String BASE = "http://mbcnav.org/fhir";
    /** meta.tag system telling recorded from derived data. */
    static final String DATA_ORIGIN = BASE + "/CodeSystem/data-origin";
    /** Codes of derived facts (line-of-therapy, subtype...). */
    static final String DERIVED_FACT = BASE + "/CodeSystem/derived-fact";
    /** Codes of recorded facts mCODE has no element for (visceral crisis, preferences...). */
    static final String RECORDED_FACT = BASE + "/CodeSystem/recorded-fact";
    static final String OPTION_CATEGORY = BASE + "/CodeSystem/option-category";
    static final String KNOWLEDGE_VERSION = BASE + "/StructureDefinition/knowledge-version";

    private MbcnavTerms() {
    }

    static Coding derivedTag() {
        return new Coding(DATA_ORIGIN, "derived", "Derived by MBC Navigator from the recorded data; not a recorded fact");
    }

    static Meta derivedMeta() {
        return new Meta().addTag(derivedTag());
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display)).setText(display);
    }
}
