package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.patient.Patient;

class BulkExportReaderTest {
    private static final Path EXPORT = Fixtures.file("bulk-ndjson");

    private static Map<String, BulkPatientResult> readAll(BulkExportReader reader, Path folder, List<BulkSummary> summary) {
        Map<String, BulkPatientResult> out = new TreeMap<>();
        summary.add(reader.readAll(folder, r -> out.put(r.patientId(), r)));
        return out;
    }

    @Test
    void theFixtureExportGivesThreePatients() {
        List<BulkSummary> summary = new ArrayList<>();
        Map<String, BulkPatientResult> results = readAll(new BulkExportReader(new TestDrugs()), EXPORT, summary);
        assertThat(results).containsOnlyKeys("cancer-patient-jenny-m", "mCODETrialMatchingPatientExample01", "mCODETrialMatchingPatientExample02");
        assertThat(results.values()).allMatch(BulkPatientResult::imported);
        assertThat(results.get("cancer-patient-jenny-m").result().plannable()).isFalse();
        assertThat(results.get("mCODETrialMatchingPatientExample01").result().plannable()).isTrue();
        assertThat(results.get("mCODETrialMatchingPatientExample02").result().patient().treatments()).hasSize(8);
        assertThat(summary.get(0).imported()).isEqualTo(3);
        assertThat(summary.get(0).fileIssues()).anyMatch(i -> i.what().equals("Practitioner") && i.reason().startsWith("6 resource(s)"));
    }

    @Test
    void bulkAndBundleReadingAgree() {
        FhirPatientReader bundles = new FhirPatientReader(new TestDrugs());
        Patient fromBundle = bundles.read(Fixtures.file("mitre-clinical-trial-matching-app/TrialMatching_Patient02.json")).patient();
        Map<String, BulkPatientResult> results = readAll(new BulkExportReader(new TestDrugs()), EXPORT, new ArrayList<>());
        assertThat(results.get("mCODETrialMatchingPatientExample02").result().patient()).isEqualTo(fromBundle);
    }

    @Test
    void manySmallPartitionsGiveTheSameResultAsOne() {
        Map<String, BulkPatientResult> one = readAll(new BulkExportReader(new TestDrugs()), EXPORT, new ArrayList<>());
        Map<String, BulkPatientResult> many = readAll(new BulkExportReader(new TestDrugs(), 2_000, false), EXPORT, new ArrayList<>());
        assertThat(many.keySet()).isEqualTo(one.keySet());
        one.forEach((id, r) -> assertThat(many.get(id).result().patient()).isEqualTo(r.result().patient()));
    }

    /**
     * An export ordered by patient is merged without partitions; the groups (ids, lines in
     * export order, order of patients) and the issues are those of the general path. Once a
     * file is out of order the merge declines and the general path gives the same groups.
     */
    @Test
    void orderedExportsAreMergedWithTheSameGroupsAsTheGeneralPath(@TempDir Path dir) throws IOException {
        Path ordered = dir.resolve("ordered");
        Files.createDirectories(ordered);
        try (var files = Files.list(EXPORT)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
                Files.copy(f, ordered.resolve(f.getFileName()));
            }
        }
        Files.writeString(ordered.resolve("Observation.ndjson"), "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        List<PatientGroup> general = new ArrayList<>();
        List<DataQualityIssue> generalIssues = new BulkExportReader(new TestDrugs(), 1 << 20, false).group(ordered, general::add);
        List<PatientGroup> merged = new ArrayList<>();
        List<DataQualityIssue> mergedIssues = new BulkExportReader(new TestDrugs()).group(ordered, merged::add);
        assertThat(merged).hasSize(3).isEqualTo(general);
        assertThat(mergedIssues).isEqualTo(generalIssues).anyMatch(i -> i.where().startsWith("Observation.ndjson line"));
        // The order check on one thread (the caller's, file after file) and on several finds the same.
        for (int threads : new int[] {1, 3}) {
            List<PatientGroup> again = new ArrayList<>();
            assertThat(new BulkExportReader(new TestDrugs()).group(ordered, threads, again::add)).isEqualTo(generalIssues);
            assertThat(again).isEqualTo(general);
        }

        Path shuffled = dir.resolve("shuffled");
        Files.createDirectories(shuffled);
        try (var files = Files.list(ordered)) {
            for (Path f : files.toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(f));
                java.util.Collections.reverse(lines);
                Files.write(shuffled.resolve(f.getFileName()), lines);
            }
        }
        List<PatientGroup> fromShuffled = new ArrayList<>();
        BulkExportReader reader = new BulkExportReader(new TestDrugs());
        List<DataQualityIssue> sortedPathIssues = new SortedExport(reader)
                .group(reader.files(shuffled, new ArrayList<>()), 2, new ArrayList<>(), fromShuffled::add);
        assertThat(sortedPathIssues).isNull();
        assertThat(fromShuffled).isEmpty();
        new BulkExportReader(new TestDrugs()).group(shuffled, fromShuffled::add);
        assertThat(fromShuffled).extracting(PatientGroup::patientId).isEqualTo(general.stream().map(PatientGroup::patientId).toList());
        for (int i = 0; i < general.size(); i++) {
            assertThat(fromShuffled.get(i).lines()).containsExactlyInAnyOrderElementsOf(general.get(i).lines());
        }
    }

    /**
     * The merge reads lines by the runs the order check wrote down, without parsing: lines that
     * belong to no patient (blank, malformed, Medication, Practitioner) before, between and
     * inside a patient's lines must be skipped exactly, and the same patient on both sides of
     * such a line stays one patient.
     */
    @Test
    void theMergeSkipsLinesOfNoPatientWhereverTheyAre(@TempDir Path dir) throws IOException {
        String a1 = obs("a1", "Patient/a");
        String a2 = obs("a2", "https://ehr.example/fhir/Patient/a/_history/2");
        String b1 = obs("b1", "Patient/b");
        String c1 = obs("c1", "urn:uuid:c");
        String med = "{\"resourceType\":\"Medication\",\"id\":\"m1\"}";
        String practitioner = "{\"resourceType\":\"Practitioner\",\"id\":\"d1\"}";
        Files.writeString(dir.resolve("Observation.ndjson"), String.join("\n",
                "", med, a1, "{broken", a2, "", practitioner, a1.replace("\"a1\"", "\"a3\""), b1, "[1]", "", c1, med.replace("m1", "m2"), "") + "\n");
        Files.writeString(dir.resolve("Patient.ndjson"), String.join("\n",
                "{\"resourceType\":\"Patient\",\"id\":\"a\"}", "", "{\"resourceType\":\"Patient\",\"id\":\"c\"}"));
        List<PatientGroup> general = new ArrayList<>();
        List<DataQualityIssue> generalIssues = new BulkExportReader(new TestDrugs(), 1 << 20, false).group(dir, general::add);
        List<PatientGroup> merged = new ArrayList<>();
        List<DataQualityIssue> mergedIssues = new BulkExportReader(new TestDrugs()).group(dir, merged::add);
        assertThat(merged).extracting(PatientGroup::patientId).containsExactly("a", "b", "c");
        assertThat(merged.get(0).lines()).hasSize(4);
        assertThat(merged).isEqualTo(general);
        assertThat(mergedIssues).isEqualTo(generalIssues)
                .anyMatch(i -> i.where().equals("Observation.ndjson line 4 column 2"))
                .anyMatch(i -> i.where().equals("Observation.ndjson line 10"));
    }

    private static String obs(String id, String subject) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"subject\":{\"reference\":\"" + subject + "\"}}";
    }

    @Test
    void onePatientCanBeReadAlone() {
        List<BulkPatientResult> got = new ArrayList<>();
        BulkSummary s = new BulkExportReader(new TestDrugs()).readPatient(EXPORT, "mCODETrialMatchingPatientExample01", got::add);
        assertThat(got).singleElement().satisfies(r -> assertThat(r.result().patient().genomics()).hasSize(2));
        assertThat(s.imported()).isEqualTo(1);
        BulkSummary none = new BulkExportReader(new TestDrugs()).readPatient(EXPORT, "nobody", got::add);
        assertThat(none.fileIssues()).anyMatch(i -> i.what().equals("Patient/nobody"));
    }

    @Test
    void malformedLinesAreReportedWithFileAndLineAndReadingGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Patient.ndjson"), TestBundles.PATIENT.replace("\n", "") + "\n{not json\n"
                + "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"male\"}\n");
        Files.writeString(dir.resolve("Condition.ndjson"), TestBundles.PRIMARY.replace("\n", "") + "\n[1]\n");
        List<BulkSummary> summary = new ArrayList<>();
        Map<String, BulkPatientResult> results = readAll(new BulkExportReader(new TestDrugs()), dir, summary);
        assertThat(summary.get(0).fileIssues()).anyMatch(i -> i.where().startsWith("Patient.ndjson line 2"))
                .anyMatch(i -> i.where().equals("Condition.ndjson line 2"));
        assertThat(results.get("p1").imported()).isTrue();
        // p2 has no breast cancer: a failed patient, reported, and the others still read.
        assertThat(results.get("p2").imported()).isFalse();
        assertThat(results.get("p2").failure()).hasMessageContaining("no primary breast cancer");
        assertThat(summary.get(0).imported()).isEqualTo(1);
        assertThat(summary.get(0).failed()).isEqualTo(1);
    }

    @Test
    void patientReferencesInEveryFormFindTheirPatient() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(BulkExportReader.patientKey(m.readTree("{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/a\"}}"))).isEqualTo("a");
        assertThat(BulkExportReader.patientKey(m.readTree("{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"https://x/fhir/Patient/b/_history/3\"}}"))).isEqualTo("b");
        assertThat(BulkExportReader.patientKey(m.readTree("{\"resourceType\":\"BodyStructure\",\"patient\":{\"reference\":\"urn:uuid:c\"}}"))).isEqualTo("c");
        assertThat(BulkExportReader.patientKey(m.readTree("{\"resourceType\":\"Practitioner\",\"id\":\"d\"}"))).isNull();
    }
}
