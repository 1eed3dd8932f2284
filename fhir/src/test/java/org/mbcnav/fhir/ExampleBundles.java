package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Bundles assembled in memory from the single-resource mCODE STU4 examples. The examples belong
 * to several fictional patients, so their subject is pointed at Jenny M in memory; the files
 * themselves are only read.
 */
final class ExampleBundles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExampleBundles() {
    }

    static JsonNode metastaticFromStu4Examples() throws IOException {
        return bundle("Patient-cancer-patient-jenny-m", "Condition-primary-cancer-condition-breast",
                "Condition-secondary-cancer-condition-brain-mets", "Observation-history-of-cancer-metastatic-to-liver",
                "Observation-karnofsky-performance-status-normal-activity", "Observation-genomic-variant-germline-deletion",
                "Observation-genomic-variant-somatic-single-nucleotide", "MedicationRequest-cancer-related-medication-request-cisplatin-stopped",
                "Observation-cancer-disease-status-improved");
    }

    static JsonNode bundle(String... exampleNames) throws IOException {
        ObjectNode bundle = MAPPER.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        for (String name : exampleNames) {
            ObjectNode r = (ObjectNode) MAPPER.readTree(Fixtures.file("mcode-stu4/examples/" + name + ".json").toFile());
            if (r.has("subject")) {
                ((ObjectNode) r.get("subject")).put("reference", "Patient/cancer-patient-jenny-m");
            }
            entries.addObject().set("resource", r);
        }
        return bundle;
    }
}
