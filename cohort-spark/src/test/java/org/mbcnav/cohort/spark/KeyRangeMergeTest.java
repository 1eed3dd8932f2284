package org.mbcnav.cohort.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.cohort.Progress;
import org.mbcnav.cohort.SynthModel;
import org.mbcnav.cohort.SyntheticPopulation;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.Mappers;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import scala.Tuple2;

/**
 * The merge path of the Spark job (real Spark, local mode): on an ordered export it gives the
 * patients and their lines exactly as the in-process engine groups them, with many key ranges
 * whose boundaries fall inside files and splits, and the order check refuses a file whose splits
 * are each ordered but not one after another.
 */
class KeyRangeMergeTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        // 16 cores by default parallelism: 32 key ranges over a small export.
        spark = SparkSession.builder().appName("key-range-merge-test").master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.default.parallelism", "16").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void mergedGroupsAreThoseOfTheInProcessReader(@TempDir Path dir) throws Exception {
        Knowledge k = new KnowledgeLoader().load(Path.of(System.getProperty("mbcnav.root", ".."), "knowledge"));
        Path export = dir.resolve("pop");
        new SyntheticPopulation(SynthModel.defaults(), k, Mappers.json()).write(120, 5, LocalDate.of(2026, 6, 1), export, false, Progress.NONE);
        // A line of non-ASCII text, and one file with CR LF line ends.
        Path patients = export.resolve("Patient.ndjson");
        String text = Files.readString(patients);
        Files.writeString(patients, text.replaceFirst("\"gender\":\"female\"", "\"gender\":\"female\",\"name\":[{\"family\":\"Müller-Ñúñez 李\"}]"));
        Path specimens = export.resolve("Specimen.ndjson");
        Files.writeString(specimens, Files.readString(specimens).replace("\n", "\r\n"));
        // A file without patient lines, which the merge does not read (the files are listed from the
        // folder once the manifest is gone).
        Files.delete(export.resolve("manifest.json"));
        Files.writeString(export.resolve("Medication.ndjson"), "{\"resourceType\":\"Medication\",\"id\":\"m1\"}\n".repeat(50));

        List<Tuple2<String, List<String>>> expected = new ArrayList<>();
        new BulkExportReader(new KnowledgeDrugCodes(k)).group(export, g -> expected.add(new Tuple2<>(g.patientId(), g.lines())));
        assertThat(expected).hasSize(120);
        assertThat(expected.stream().flatMap(g -> g._2().stream())).anyMatch(l -> l.contains("Müller-Ñúñez 李"));

        SparkCohort job = new SparkCohort(spark, 7);
        List<String> files = ExportFiles.list(export.toString(), spark.sparkContext().hadoopConfiguration(), Mappers.json(), new ArrayList<>());
        List<SplitScan> scans = job.scan(files, 4);
        assertThat(job.mergeable(files, scans)).isTrue();
        List<Tuple2<String, List<String>>> merged = job.merged(files, scans).collect();
        List<ExportOrder.KeyRange> ranges = ExportOrder.ranges(scans, files.size(), 32);
        assertThat(ranges).hasSizeGreaterThan(16);
        int medicationFile = files.indexOf(files.stream().filter(f -> f.endsWith("/Medication.ndjson")).findFirst().orElseThrow());
        assertThat(ranges).allMatch(r -> r.starts().get(medicationFile) == ExportOrder.NO_PATIENTS);
        assertThat(merged).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(merged.get(i)._1()).isEqualTo(expected.get(i)._1());
            assertThat(merged.get(i)._2()).as(expected.get(i)._1()).isEqualTo(expected.get(i)._2());
        }
    }

    @Test
    void orderIsRefusedWhenSplitsAreOrderedButNotOneAfterAnother(@TempDir Path dir) throws Exception {
        // 101 lines of equal length in two splits of half the bytes each: the split point falls
        // inside line 50, so the first split reads lines 0..50 and the second lines 51..100.
        // Each is ascending, but the second starts below where the first ends.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            lines.add(observation("o%03d".formatted(i), "p%03d".formatted(500 + i)));
        }
        for (int i = 51; i <= 100; i++) {
            lines.add(observation("o%03d".formatted(i), "p%03d".formatted(i)));
        }
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.write(export.resolve("Observation.ndjson"), lines, StandardCharsets.UTF_8);

        SparkCohort job = new SparkCohort(spark, 1000);
        List<String> files = ExportFiles.list(export.toString(), spark.sparkContext().hadoopConfiguration(), Mappers.json(), new ArrayList<>());
        List<SplitScan> scans = job.scan(files, 2);
        assertThat(scans).hasSize(2).allMatch(SplitScan::ordered);
        assertThat(scans.get(0).last()).isGreaterThan(scans.get(1).first());
        assertThat(ExportOrder.ordered(scans)).isFalse();
        assertThat(job.mergeable(files, scans)).isFalse();
        // The same splits in the order of their ids pass the check.
        Map<Integer, SplitScan> swapped = Map.of(0, scans.get(1), 1, scans.get(0));
        assertThat(ExportOrder.ordered(List.of(renumber(swapped.get(0), 0), renumber(swapped.get(1), 1)))).isTrue();
    }

    private static SplitScan renumber(SplitScan s, int partition) {
        return new SplitScan(s.file(), partition, s.sideLines(), s.ordered(), s.first(), s.last(), s.samples());
    }

    private static String observation(String id, String patient) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"subject\":{\"reference\":\"Patient/" + patient + "\"}}";
    }
}
