package org.mbcnav.fhir;

import org.mbcnav.model.patient.Sex;

/** The Patient resource: id, sex (gender, else US Core birth sex) and birth date. */
final class PersonReader {
    /** Compiled once: String.replaceAll would compile it for every patient. */
    private static final java.util.regex.Pattern NOT_ID = java.util.regex.Pattern.compile("[^A-Za-z0-9._-]");
    private static final String BIRTH_SEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";

    void read(Res p, PatientFacts facts) {
        facts.id = p.id() == null ? null : NOT_ID.matcher(p.id()).replaceAll("-");
        String gender = p.text("gender");
        if ("female".equals(gender)) {
            facts.sex = Sex.FEMALE;
        } else if ("male".equals(gender)) {
            facts.sex = Sex.MALE;
        } else {
            String birthSex = p.extensions(BIRTH_SEX).stream().map(e -> e.path("valueCode").asText("")).findFirst().orElse("");
            facts.sex = "F".equals(birthSex) ? Sex.FEMALE : "M".equals(birthSex) ? Sex.MALE : null;
            if (facts.sex == null) {
                p.warning("gender", String.valueOf(gender), "sex not recorded as female or male");
            } else {
                p.info("gender", String.valueOf(gender), "sex taken from the US Core birth sex extension");
            }
        }
        String birth = p.text("birthDate");
        if (birth == null) {
            p.warning("birthDate", "birthDate", "no birth date");
        } else {
            facts.birthDate = p.date(birth, "birthDate").orElse(null);
        }
        if (p.node().path("deceasedBoolean").asBoolean(false) || p.node().has("deceasedDateTime")) {
            p.warning("deceased[x]", "deceased", "the patient is recorded as deceased");
        }
    }
}
