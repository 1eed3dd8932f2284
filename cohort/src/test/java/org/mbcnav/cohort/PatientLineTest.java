package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.Mappers;

/**
 * The per-patient line is compact JSON as the generator writes it, also where the evaluator
 * copies in an array it wrote for an earlier patient (the excluded regimens and missing tests
 * repeat from patient to patient): every line equals its own tree written back, the arrays
 * equal the outcome's lists, and a second pass over the same patients gives the same lines.
 */
class PatientLineTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Test
    void linesAreTheGeneratorsBytesAndRepeatedListsAreCopiedFaithfully(@TempDir Path dir) throws Exception {
        ObjectMapper json = Mappers.json();
        new SyntheticPopulation(SynthModel.defaults(), TestKnowledge.get(), json).write(300, 5, AS_OF, dir, false, Progress.NONE);
        List<BulkPatientResult> read = new ArrayList<>();
        new BulkExportReader(new KnowledgeDrugCodes(TestKnowledge.get())).readAll(dir, read::add);
        Planner planner = new Planner(TestKnowledge.get());
        PatientEvaluator evaluator = new PatientEvaluator(planner, null, AS_OF, json);
        List<String> first = new ArrayList<>();
        int excludedRepeated = 0;
        List<List<String>> seen = new ArrayList<>();
        for (BulkPatientResult r : read) {
            PatientOutcome o = evaluator.evaluate(r);
            JsonNode tree = json.readTree(o.ndjson());
            assertThat(json.writeValueAsString(tree)).isEqualTo(o.ndjson());
            assertThat(strings(tree.path("missingTests"))).isEqualTo(o.missingTests());
            List<String> excluded = strings(tree.path("excluded"));
            assertThat(excluded).isEqualTo(planner.outline(r.result().patient(), AS_OF).excluded());
            excludedRepeated += seen.contains(excluded) ? 1 : 0;
            seen.add(excluded);
            first.add(o.ndjson());
        }
        assertThat(excludedRepeated).as("patients whose excluded list an earlier patient had").isGreaterThan(100);
        List<String> second = read.stream().map(r -> evaluator.evaluate(r).ndjson()).toList();
        assertThat(second).isEqualTo(first);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
