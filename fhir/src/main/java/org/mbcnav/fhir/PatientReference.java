package org.mbcnav.fhir;

/** The patient id in a reference of any form: Patient/x, an absolute URL (with _history), urn:uuid:x. */
final class PatientReference {
    private PatientReference() {
    }

    static String key(String ref) {
        if (ref == null) {
            return null;
        }
        int history = ref.indexOf("/_history/");
        String r = history > 0 ? ref.substring(0, history) : ref;
        int p = r.lastIndexOf("Patient/");
        if (p >= 0) {
            return r.substring(p + "Patient/".length());
        }
        if (r.startsWith("urn:uuid:")) {
            return r.substring("urn:uuid:".length());
        }
        return r;
    }
}
