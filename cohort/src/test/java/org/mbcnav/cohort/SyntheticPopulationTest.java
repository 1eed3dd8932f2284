package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.fhir.BulkSummary;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.Mappers;

class SyntheticPopulationTest {
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 1);

    @Test
    void sameSeedSameBytesAndTheImporterReadsEveryPatientBack(@TempDir Path dir) throws Exception {
        SyntheticPopulation synth = new SyntheticPopulation(SynthModel.defaults(), TestKnowledge.get(), Mappers.json());
        synth.write(300, 7, UNTIL, dir.resolve("a"), true, Progress.NONE);
        synth.write(300, 7, UNTIL, dir.resolve("b"), false, Progress.NONE);
        synth.write(300, 8, UNTIL, dir.resolve("c"), false, Progress.NONE);
        for (String type : SyntheticPopulation.TYPES) {
            assertThat(Files.mismatch(dir.resolve("a/" + type + ".ndjson"), dir.resolve("b/" + type + ".ndjson"))).as(type).isEqualTo(-1);
        }
        assertThat(Files.mismatch(dir.resolve("a/Patient.ndjson"), dir.resolve("c/Patient.ndjson"))).isNotEqualTo(-1);
        assertThat(Files.readAllLines(dir.resolve("a/bundles/patients.ndjson"))).hasSize(300);

        List<BulkPatientResult> read = new ArrayList<>();
        BulkSummary s = new BulkExportReader(new KnowledgeDrugCodes(TestKnowledge.get())).readAll(dir.resolve("a"), read::add);
        assertThat(s.imported()).isEqualTo(300);
        assertThat(s.fileIssues()).isEmpty();
        assertThat(read).allMatch(r -> r.result().plannable());
        // Every drug of the model resolves: no course is lost on import.
        assertThat(read).allMatch(r -> !r.result().patient().treatments().isEmpty());
        long tnbc = read.stream().filter(r -> r.result().patient().tumor().biopsies().stream()
                .allMatch(b -> b.erPercent() != null && b.erPercent() < 1)).count();
        assertThat(tnbc).isBetween(15L, 70L);
    }
}
