package org.mbcnav.fhir;

/** Small bundles written for the tests: one patient "p1" with a breast cancer, plus the given resources. */
final class TestBundles {
    static final String PATIENT = """
            {"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1960-05-01"}""";
    static final String PRIMARY = """
            {"resourceType":"Condition","id":"primary","subject":{"reference":"Patient/p1"},
             "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"C50.912"}]},
             "onsetDateTime":"2015-02-01"}""";

    private TestBundles() {
    }

    static String bundle(String... resources) {
        StringBuilder sb = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < resources.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i]).append('}');
        }
        return sb.append("]}").toString();
    }

    /** Patient, primary breast cancer and the given resources. */
    static String withPatient(String... resources) {
        String[] all = new String[resources.length + 2];
        all[0] = PATIENT;
        all[1] = PRIMARY;
        System.arraycopy(resources, 0, all, 2, resources.length);
        return bundle(all);
    }

    /** A bone metastasis found on the given date: makes the patient metastatic (recurrence). */
    static String boneMetastasis(String date) {
        return """
                {"resourceType":"Condition","id":"met-bone","subject":{"reference":"Patient/p1"},
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"94222008"}]},"onsetDateTime":"%s"}""".formatted(date);
    }

    static String observation(String id, String code, String valueJson) {
        return """
                {"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"Patient/p1"},
                 "effectiveDateTime":"2021-03-01","code":{"coding":[{"system":"http://loinc.org","code":"%s"}]},%s}"""
                .formatted(id, code, valueJson);
    }
}
