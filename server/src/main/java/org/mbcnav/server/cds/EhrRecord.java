package org.mbcnav.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.mbcnav.fhir.FhirImportException;
import org.mbcnav.fhir.FhirPatientReader;
import org.mbcnav.fhir.ImportResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.server.api.Json;

/**
 * The patient as the EHR holds them: the prefetched and fetched FHIR resources gathered into
 * one collection Bundle and read by the same mCODE importer as every other FHIR input.
 */
final class EhrRecord {
    /** Either a plannable patient, or the reason there is none. */
    record Read(Optional<Patient> patient, String problem) {
    }

    private final FhirPatientReader reader;

    EhrRecord(Knowledge knowledge) {
        this.reader = new FhirPatientReader(new KnowledgeDrugCodes(knowledge));
    }

    Read read(JsonNode prefetch, Map<String, JsonNode> fetched) {
        ObjectNode bundle = Json.mapper().createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        prefetch.fields().forEachRemaining(e -> add(entries, e.getValue()));
        fetched.values().forEach(v -> add(entries, v));
        try {
            ImportResult r = reader.read(bundle);
            if (!r.plannable()) {
                return new Read(Optional.empty(), "the EHR record does not show metastatic (stage IV) breast cancer");
            }
            return new Read(Optional.of(r.patient()), null);
        } catch (FhirImportException | IllegalArgumentException e) {
            return new Read(Optional.empty(), e.getMessage());
        }
    }

    /** A prefetched resource, or every resource of a prefetched search Bundle. */
    private static void add(ArrayNode entries, JsonNode value) {
        if (value == null || !value.isObject()) {
            return;
        }
        if ("Bundle".equals(value.path("resourceType").asText())) {
            for (JsonNode e : value.path("entry")) {
                add(entries, e.path("resource"));
            }
            return;
        }
        if (value.has("resourceType") && value.has("id")) {
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", value.path("resourceType").asText() + "/" + value.path("id").asText());
            entry.set("resource", value);
        }
    }
}
