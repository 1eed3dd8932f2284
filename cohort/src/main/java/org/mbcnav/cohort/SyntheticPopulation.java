package org.mbcnav.cohort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * Writes a synthetic population as an EHR's FHIR Bulk Data export would: one NDJSON file per
 * resource type, one resource per line, and a manifest.json; optionally also one Bundle per
 * patient per line (bundles/patients.ndjson), outside the export. The same seed, model, size and
 * reference date give the same bytes. Files are written under temporary names and moved into
 * place, so a re-run replaces them.
 */
public final class SyntheticPopulation {
    public static final List<String> TYPES = List.of("Patient", "Condition", "Observation", "Specimen", "MedicationStatement");

    private final SynthModel model;
    private final Knowledge k;
    private final ObjectMapper json;

    public SyntheticPopulation(SynthModel model, Knowledge k, ObjectMapper json) {
        this.model = model;
        this.k = k;
        this.json = json;
    }

    /** Writes {@code patients} patients; histories end before {@code reference}. Returns resources written. */
    public long write(int patients, long seed, LocalDate reference, Path out, boolean bundles, Progress progress) throws IOException {
        Files.createDirectories(out);
        Map<String, String> rxnorm = new HashMap<>();
        for (Drug d : k.drugs().values()) {
            if (d.rxnorm() != null) {
                rxnorm.put(d.name(), d.rxnorm());
            }
        }
        SyntheticPatient drawer = new SyntheticPatient(model, rxnorm, k::classesOf, json, reference);
        Map<String, BufferedWriter> writers = new TreeMap<>();
        for (String type : TYPES) {
            writers.put(type, Files.newBufferedWriter(out.resolve(type + ".ndjson.tmp"), StandardCharsets.UTF_8));
        }
        BufferedWriter bundleWriter = null;
        if (bundles) {
            Files.createDirectories(out.resolve("bundles"));
            bundleWriter = Files.newBufferedWriter(out.resolve("bundles/patients.ndjson.tmp"), StandardCharsets.UTF_8);
        }
        long resources = 0;
        try {
            for (int i = 1; i <= patients; i++) {
                List<ObjectNode> drawn = drawer.draw(seed, i);
                for (ObjectNode r : drawn) {
                    BufferedWriter w = writers.get(r.path("resourceType").asText());
                    w.write(json.writeValueAsString(r));
                    w.write('\n');
                }
                resources += drawn.size();
                if (bundleWriter != null) {
                    ObjectNode b = json.createObjectNode();
                    b.put("resourceType", "Bundle");
                    b.put("type", "collection");
                    ArrayNode entries = b.putArray("entry");
                    drawn.forEach(r -> entries.addObject().set("resource", r));
                    bundleWriter.write(json.writeValueAsString(b));
                    bundleWriter.write('\n');
                }
                progress.update(i);
            }
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
            if (bundleWriter != null) {
                bundleWriter.close();
            }
        } catch (IOException e) {
            // A full disk: drop the partial files; earlier complete ones stay as they were.
            for (BufferedWriter w : writers.values()) {
                closeQuietly(w);
            }
            closeQuietly(bundleWriter);
            for (String type : TYPES) {
                Files.deleteIfExists(out.resolve(type + ".ndjson.tmp"));
            }
            Files.deleteIfExists(out.resolve("bundles/patients.ndjson.tmp"));
            throw org.mbcnav.io.AtomicFiles.failed(out, e);
        }
        for (String type : TYPES) {
            ReportFiles.move(out.resolve(type + ".ndjson.tmp"), out.resolve(type + ".ndjson"));
        }
        if (bundles) {
            ReportFiles.move(out.resolve("bundles/patients.ndjson.tmp"), out.resolve("bundles/patients.ndjson"));
        }
        ReportFiles.replace(out.resolve("manifest.json"), manifest(reference));
        progress.finish(patients);
        return resources;
    }

    private static void closeQuietly(BufferedWriter w) {
        if (w == null) {
            return;
        }
        try {
            w.close();
        } catch (IOException e) {
            // Already failing; the first failure is the one reported.
        }
    }

    /** A Bulk Data manifest; transactionTime is the reference date so that re-runs are identical. */
    private String manifest(LocalDate reference) throws IOException {
        ObjectNode m = json.createObjectNode();
        m.put("transactionTime", reference + "T00:00:00Z");
        m.put("request", "synthetic population (mbcnav synth); not real patients");
        m.put("requiresAccessToken", false);
        ArrayNode output = m.putArray("output");
        for (String type : TYPES) {
            output.addObject().put("type", type).put("url", type + ".ndjson");
        }
        m.putArray("error");
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
    }
}
