package org.mbcnav.fhir;

/**
 * One patient of a Bulk Data export: the import result, or the reason it could not be imported
 * (exactly one of the two is set). A failed patient does not stop the rest of the export.
 */
public record BulkPatientResult(String patientId, ImportResult result, FhirImportException failure) {

    public boolean imported() {
        return result != null;
    }
}
