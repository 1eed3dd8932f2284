package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The NDJSON lines of one patient, in export order, with the export's Medications (shared,
 * read-only) that their medicationReferences may name. Importing a group
 * ({@link BulkExportReader#importGroup}) is independent of every other group, so groups can be
 * imported on several threads or machines.
 */
public record PatientGroup(String patientId, List<String> lines, Map<String, JsonNode> medications) {
    public PatientGroup {
        lines = List.copyOf(lines);
    }
}
