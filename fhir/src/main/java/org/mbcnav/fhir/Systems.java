package org.mbcnav.fhir;

/** Code-system and extension URIs, as checked in the mCODE STU4 sources (standards doc §5). */
final class Systems {
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** FDA National Drug Code and Unique Ingredient Identifier, as HL7 Terminology (THO) names them. */
    static final String NDC = "http://hl7.org/fhir/sid/ndc";
    static final String UNII = "http://fdasis.nlm.nih.gov";
    static final String AJCC = "http://cancerstaging.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String HGNC = "http://www.genenames.org";
    /** The STU1-era HGNC system used by the MITRE fixtures; normalised to {@link #HGNC}. */
    static final String HGNC_LEGACY = "http://www.genenames.org/geneId";
    static final String V2_0487 = "http://terminology.hl7.org/CodeSystem/v2-0487";

    /** MBC Navigator's own namespace (docs/fhir-export.md), for recorded facts mCODE has no element for. */
    static final String MBCNAV = "http://mbcnav.org/fhir";
    static final String MBCNAV_RECORDED_FACT = MBCNAV + "/CodeSystem/recorded-fact";
    static final String MBCNAV_COMORBIDITY = MBCNAV + "/CodeSystem/comorbidity";
    static final String MBCNAV_COURSE = MBCNAV + "/treatment-course";
    static final String EXT_SITE_STATUS = MBCNAV + "/StructureDefinition/site-status";
    static final String EXT_SITE_SYMPTOMATIC = MBCNAV + "/StructureDefinition/site-symptomatic";
    static final String EXT_THERAPY_SETTING = MBCNAV + "/StructureDefinition/therapy-setting";
    static final String MCODE_SD = "http://hl7.org/fhir/us/mcode/StructureDefinition/";
    static final String EXT_PROCEDURE_INTENT = MCODE_SD + "mcode-procedure-intent";
    static final String EXT_TERMINATION_REASON = MCODE_SD + "mcode-treatment-termination-reason";
    static final String EXT_HISTOLOGY = MCODE_SD + "mcode-histology-morphology-behavior";
    static final String EXT_RELATED_CONDITION = MCODE_SD + "mcode-related-condition";
    static final String EXT_RELATED_CONDITION_ABSENT = MCODE_SD + "mcode-related-condition-absent";
    static final String EXT_RT_DOSE_TO_VOLUME = MCODE_SD + "mcode-radiotherapy-dose-delivered-to-volume";

    private Systems() {
    }
}
