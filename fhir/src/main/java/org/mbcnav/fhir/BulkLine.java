package org.mbcnav.fhir;

/**
 * One line of a Bulk Data NDJSON file, classified the way the reader uses it: a resource of a
 * patient (with the patient id), a Medication (formulary, no patient), a resource that belongs
 * to no patient, a blank line, or a malformed line (with the reason and, for invalid JSON, the
 * column). Both the in-process reader and the Spark job classify lines with {@link BulkLineParser}
 * so that they agree on every line.
 */
public record BulkLine(Kind kind, String resourceType, String id, String patientId, int column, String problem) {
    public enum Kind { BLANK, MALFORMED, MEDICATION, UNATTACHED, PATIENT_RESOURCE }

    static BulkLine blank() {
        return new BulkLine(Kind.BLANK, null, null, null, 0, null);
    }

    static BulkLine malformed(int column, String problem) {
        return new BulkLine(Kind.MALFORMED, null, null, null, column, problem);
    }

    /** The data-quality text of a malformed line, with file and line number. */
    public org.mbcnav.model.patient.DataQualityIssue issue(String fileName, long lineNumber) {
        String where = fileName + " line " + lineNumber + (column > 0 ? " column " + column : "");
        return new org.mbcnav.model.patient.DataQualityIssue("error", where, "NDJSON line", problem);
    }

    /** The info issue for resources of one type that belong to no patient. */
    public static org.mbcnav.model.patient.DataQualityIssue unattachedIssue(String resourceType, long count) {
        return new org.mbcnav.model.patient.DataQualityIssue("info", "export", resourceType, count + " resource(s) belong to no patient; not used");
    }

    /** The key of a Medication in the formulary, as a medicationReference names it. */
    public String medicationKey() {
        return "Medication/" + id;
    }
}
