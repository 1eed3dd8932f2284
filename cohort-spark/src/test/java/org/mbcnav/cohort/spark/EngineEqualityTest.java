package org.mbcnav.cohort.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.cohort.CohortEngine;
import org.mbcnav.cohort.CohortSettings;
import org.mbcnav.cohort.Progress;
import org.mbcnav.cohort.SynthModel;
import org.mbcnav.cohort.SyntheticPopulation;
import org.mbcnav.io.Mappers;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * The Spark job (local[2]) and the in-process engine give exactly the same aggregates on the same
 * export, on both of the job's paths: an export ordered by patient id in every file (merged by
 * key range), one with a file in reverse order and one with a gzipped file (both shuffled). Each
 * file is split into four input partitions, so line numbers of malformed lines at the end of a
 * file come from the counts of the partitions before theirs, and key ranges start inside files.
 */
class EngineEqualityTest {
    /** How the synthetic export is changed before both engines read it. */
    private enum Variant { ORDERED, OBSERVATIONS_REVERSED, OBSERVATIONS_GZIPPED }

    @Test
    void orderedExportIsMergedAndGivesTheSameAggregatesAsTheInProcessEngine(@TempDir Path dir) throws Exception {
        assertThat(compare(dir, Variant.ORDERED)).as("merged by key range").isTrue();
    }

    @Test
    void unorderedExportIsShuffledAndGivesTheSameAggregatesAsTheInProcessEngine(@TempDir Path dir) throws Exception {
        assertThat(compare(dir, Variant.OBSERVATIONS_REVERSED)).as("merged by key range").isFalse();
    }

    @Test
    void orderedExportWithACompressedFileIsShuffledAndGivesTheSameAggregates(@TempDir Path dir) throws Exception {
        assertThat(compare(dir, Variant.OBSERVATIONS_GZIPPED)).as("merged by key range").isFalse();
    }

    /** Runs both engines on a synthetic export with malformed lines, checks their outputs agree, returns the job's path. */
    private static boolean compare(Path dir, Variant variant) throws Exception {
        Path kbDir = Path.of(System.getProperty("mbcnav.root", ".."), "knowledge");
        Knowledge k = new KnowledgeLoader().load(kbDir);
        Path export = dir.resolve("pop");
        new SyntheticPopulation(SynthModel.defaults(), k, Mappers.json()).write(150, 11, LocalDate.of(2026, 6, 1), export, false, Progress.NONE);
        Path observations = export.resolve("Observation.ndjson");
        if (variant == Variant.OBSERVATIONS_REVERSED) {
            List<String> lines = new ArrayList<>(Files.readAllLines(observations));
            Collections.reverse(lines);
            Files.write(observations, lines);
        }
        Files.writeString(observations, "{\"resourceType\": oops}\n[]\n", StandardOpenOption.APPEND);
        Files.writeString(export.resolve("Condition.ndjson"), "{\"resourceType\":\"Condition\",\"id\":\"orphan\"}\n", StandardOpenOption.APPEND);
        if (variant == Variant.OBSERVATIONS_GZIPPED) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(export.resolve("Observation.ndjson.gz")))) {
                Files.copy(observations, out);
            }
            Files.delete(observations);
            Path manifest = export.resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest).replace("\"Observation.ndjson\"", "\"Observation.ndjson.gz\""));
        }

        new CohortEngine().run(new CohortSettings(export, dir.resolve("in-process"), LocalDate.of(2026, 6, 1), k, null, 2), Progress.NONE);
        boolean merged = SparkCohortJob.run(new String[] {export.toString(), "--as-of", "2026-06-01", "--out", dir.resolve("spark").toString(),
                "--kb", kbDir.toString(), "--master", "local[2]", "--partitions", "4"});

        String inProcess = Files.readString(dir.resolve("in-process/aggregates.json"));
        String spark = Files.readString(dir.resolve("spark/aggregates.json"));
        assertThat(spark).isEqualTo(inProcess);
        assertThat(inProcess).contains("\"malformedLines\" : 2").containsPattern("Observation\\.ndjson(\\.gz)? line \\d+").contains("belong to no patient");
        assertThat(Files.readString(dir.resolve("spark/summary.html"))).isEqualTo(Files.readString(dir.resolve("in-process/summary.html")));
        try (Stream<Path> parquet = Files.list(dir.resolve("spark/plans.parquet"))) {
            assertThat(parquet.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".parquet"));
        }
        try (Stream<Path> parts = Files.list(dir.resolve("spark/plans-ndjson"))) {
            long lines = parts.filter(p -> p.getFileName().toString().startsWith("part-")).mapToLong(EngineEqualityTest::lines).sum();
            assertThat(lines).isEqualTo(150);
        }
        return merged;
    }

    private static long lines(Path p) {
        try {
            return Files.readAllLines(p).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
