package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * Reads one FHIR R4 Bundle (collection, transaction, searchset or document; mCODE STU1 to STU4)
 * into a Patient. Reading is a light walk over the Jackson tree, with no FHIR object model, so
 * that a population of thousands imports in seconds. What is not understood is reported as a
 * {@link DataQualityIssue}; what makes the bundle unusable throws {@link FhirImportException}.
 */
public final class FhirPatientReader {
    private final DrugCodeResolver drugs;
    private final JsonInput json;

    public FhirPatientReader(DrugCodeResolver drugs) {
        this(drugs, new ObjectMapper());
    }

    public FhirPatientReader(DrugCodeResolver drugs, ObjectMapper mapper) {
        this.drugs = drugs;
        this.json = new JsonInput(mapper);
    }

    public ImportResult read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public ImportResult read(InputStream in, String sourceName) {
        return read(json.parse(in, sourceName));
    }

    public ImportResult read(String jsonText, String sourceName) {
        return read(json.parse(jsonText, sourceName));
    }

    public ImportResult read(JsonNode root) {
        IssueLog log = new IssueLog();
        return read(BundleIndex.of(root, log), log);
    }

    /** Reads the resources of a collection Bundle given as a list, as {@link #read(JsonNode)} reads the Bundle. */
    public ImportResult read(List<JsonNode> resources) {
        IssueLog log = new IssueLog();
        return read(BundleIndex.ofEntries(resources, log), log);
    }

    private ImportResult read(BundleIndex index, IssueLog log) {
        if (log.hasErrors()) {
            throw failure(log);
        }
        PatientFacts facts = new PatientFacts();
        new PersonReader().read(index.patient().orElseThrow(), facts);
        ResourceRouter router = new ResourceRouter(index, drugs);
        for (Res r : index.resources()) {
            router.route(r, facts);
        }
        router.finish(log);
        if (facts.primaries.isEmpty()) {
            log.error("Bundle", "Condition", "no primary breast cancer Condition (SNOMED breast cancer code or ICD-10-CM C50.x)");
            throw failure(log);
        }
        PatientAssembler.Assembled assembled = new PatientAssembler().assemble(facts, log);
        return new ImportResult(assembled.patient(), log.all(), assembled.status());
    }

    /** Errors first, then the rest, so that the cause is at the top of whatever shows the list. */
    private static FhirImportException failure(IssueLog log) {
        List<DataQualityIssue> errors = log.errors();
        List<DataQualityIssue> ordered = new ArrayList<>(errors);
        log.all().stream().filter(i -> !"error".equals(i.severity())).forEach(ordered::add);
        DataQualityIssue first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : "";
        return new FhirImportException(first.where() + ": " + first.what() + ": " + first.reason() + more, ordered);
    }
}
