package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcnav.fhirexport.FhirValidator;
import org.mbcnav.fhirexport.ValidationMessage;
import org.mbcnav.io.Mappers;

/**
 * Every fixture bundle through `mbcnav plan` and `mbcnav import` (exit code and message), the
 * error cases built from them, --validate and --format fhir.
 */
class FhirCommandsTest {
    private static final String P01 = "mitre-clinical-trial-matching-app/TrialMatching_Patient01.json";
    private static final String P02 = "mitre-clinical-trial-matching-app/TrialMatching_Patient02.json";

    @ParameterizedTest
    @CsvSource({
            "mcode-stu4/Bundle-mcode-patient-bundle-jenny-m.json, 2, not metastatic",
            "mcode-stu4/Bundle-jenny-m-all-examples-collection.json, 2, not metastatic",
            "mcode-stu4/Bundle-jenny-m-all-examples-transaction.json, 2, not metastatic",
            "mitre-ctms-breastcancertrials/patient_data.json, 2, not metastatic",
            "mitre-mcode-extraction-framework/csv-staging-bundle.json, 2, the bundle has no Patient resource",
            "mitre-mcode-extraction-framework/csv-cancer-disease-status-bundle.json, 2, the bundle has no Patient resource",
            "mcode-stu4/examples/Condition-primary-cancer-condition-breast.json, 2, expected a FHIR Bundle",
            P01 + ", 0, MBC Navigator plan for mCODETrialMatchingPatientExample01",
            P02 + ", 0, MBC Navigator plan for mCODETrialMatchingPatientExample02"})
    void everyFixtureBundleIsPlannedOrClearlyRefused(String file, int exit, String message) {
        Cli r = Cli.run("plan", Cli.fixtures().resolve(file).toString(), "--color=never");
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.out() + r.err()).contains(message);
        assertThat(r.clean()).as(r.err()).isTrue();
    }

    @Test
    void jennyMIsNotMetastaticWithTheEvidence() {
        Cli r = Cli.run("plan", Cli.fixtures().resolve("mcode-stu4/Bundle-mcode-patient-bundle-jenny-m.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("line 1");
        assertThat(r.err()).contains("not planned").contains("cM0").contains("tnm-clinical-distant-metastases-category-jenny-m")
                .contains("stage group IIB");
    }

    @Test
    void importShowsThePatientAndWhatWasIgnoredGroupedBySeverity() throws Exception {
        Cli r = Cli.run("import", Cli.fixtures().resolve("mcode-stu4/Bundle-mcode-patient-bundle-jenny-m.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("id: cancer-patient-jenny-m").contains("histology: infiltrating duct carcinoma")
                .contains("# error:").contains("# warning:").contains("# info:")
                .contains("implausible anc value").contains("FamilyMemberHistory");
        assertThat(r.out().indexOf("# error:")).isLessThan(r.out().indexOf("# warning:"));
        assertThat(r.err()).contains("not plannable");
        // The YAML part is the native format: it reads back as a patient.
        String yaml = String.join("\n", r.out().lines().filter(l -> !l.startsWith("#")).toList());
        assertThat(Mappers.yaml().readTree(yaml).path("person").path("ecog").asInt()).isZero();
    }

    @Test
    void importJsonGroupsIssuesBySeverity() throws Exception {
        Cli r = Cli.run("import", Cli.fixtures().resolve(P01).toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = Mappers.json().readTree(r.out());
        assertThat(root.path("metastatic").path("verdict").asText()).isEqualTo("metastatic");
        assertThat(root.path("patient").path("id").asText()).isEqualTo("mCODETrialMatchingPatientExample01");
        assertThat(root.path("dataQuality").path("warning").size()).isPositive();
        assertThat(root.path("dataQuality").path("error").size()).isZero();
    }

    @Test
    void brokenBreastcancertrialsBundleGivesClearMessagesNotCrashes() {
        String file = Cli.fixtures().resolve("mitre-ctms-breastcancertrials/patient_data.json").toString();
        Cli imported = Cli.run("import", file);
        assertThat(imported.clean()).isTrue();
        assertThat(imported.out()).contains("duplicate fullUrl").contains("more than one value[x]")
                .contains("not a valid morphology code").contains("stage values disagree");
        Cli validated = Cli.run("plan", file, "--validate");
        assertThat(validated.exit()).isEqualTo(2);
        assertThat(validated.clean()).isTrue();
        assertThat(validated.err()).contains("patient_data.json:479:10").contains("Unrecognized property 'valueQuantity'")
                .contains("bdl-7");
    }

    @Test
    void planJsonCarriesTheImportIssuesAsDataQuality() throws Exception {
        Cli r = Cli.run("plan", Cli.fixtures().resolve(P01).toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode dq = Mappers.json().readTree(r.out()).path("dataQuality");
        assertThat(dq.size()).isPositive();
        assertThat(dq.findValuesAsText("reason")).anyMatch(reason -> reason.contains("HER2"));
    }

    @Test
    void bulkFolderPlansOnePatient() {
        String folder = Cli.fixtures().resolve("bulk-ndjson").toString();
        Cli ok = Cli.run("plan", folder, "--patient", "mCODETrialMatchingPatientExample01", "--color=never");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("mCODETrialMatchingPatientExample01");
        Cli jenny = Cli.run("plan", folder, "--patient", "cancer-patient-jenny-m");
        assertThat(jenny.exit()).isEqualTo(2);
        assertThat(jenny.err()).contains("not metastatic");
        Cli missing = Cli.run("plan", folder, "--patient", "nobody");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no patient with id 'nobody'");
        Cli noId = Cli.run("plan", folder);
        assertThat(noId.exit()).isEqualTo(2);
        assertThat(noId.err()).contains("--patient");
    }

    @Test
    void invalidJsonIsAClearErrorWithItsPosition(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bundle.txt");
        Files.writeString(f, "{\"resourceType\": \"Bundle\",\n  \"entry\": [ {\"resource\": }\n]}");
        Cli r = Cli.run("plan", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bundle.txt:2");
        assertThat(r.clean()).isTrue();
    }

    @Test
    void twoPatientsBrokenReferencesAndNoBreastCancerAreErrors(@TempDir Path dir) throws Exception {
        ObjectNode base = (ObjectNode) Mappers.json().readTree(Cli.fixtures().resolve(P01).toFile());

        ObjectNode two = base.deepCopy();
        ObjectNode second = ((ArrayNode) two.get("entry")).addObject();
        second.put("fullUrl", "urn:uuid:other");
        second.putObject("resource").put("resourceType", "Patient").put("id", "other").put("gender", "female");
        assertRefused(dir, "two.json", two, "Patient");

        ObjectNode broken = base.deepCopy();
        for (JsonNode e : broken.get("entry")) {
            if (e.path("resource").path("resourceType").asText().equals("Observation")) {
                ((ObjectNode) e.get("resource")).putObject("subject").put("reference", "Patient/somebody-else");
                break;
            }
        }
        assertRefused(dir, "broken.json", broken, "somebody-else");

        ObjectNode noCancer = base.deepCopy();
        ArrayNode kept = Mappers.json().createArrayNode();
        for (JsonNode e : noCancer.get("entry")) {
            if (!e.path("resource").path("resourceType").asText().equals("Condition")) {
                kept.add(e);
            }
        }
        noCancer.set("entry", kept);
        assertRefused(dir, "no-cancer.json", noCancer, "no primary breast cancer Condition");
    }

    private static void assertRefused(Path dir, String name, JsonNode bundle, String message) throws Exception {
        Path f = dir.resolve(name);
        Mappers.json().writeValue(f.toFile(), bundle);
        Cli r = Cli.run("plan", f.toString());
        assertThat(r.exit()).as(name + ": " + r.err()).isEqualTo(2);
        assertThat(r.err()).as(name).contains(message);
        assertThat(r.clean()).as(name).isTrue();
    }

    @Test
    void formatFhirWritesAValidR4Bundle() throws Exception {
        Cli r = Cli.run("plan", Cli.root().resolve("examples/patients/hr-positive-pik3ca-after-cdk46.yaml").toString(), "--format", "fhir");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode b = Mappers.json().readTree(r.out());
        assertThat(b.path("resourceType").asText()).isEqualTo("Bundle");
        List<String> types = new ArrayList<>();
        b.path("entry").forEach(e -> types.add(e.path("resource").path("resourceType").asText()));
        assertThat(types).contains("CarePlan", "RequestGroup", "Observation", "Device", "MedicationRequest");
        assertThat(new FhirValidator().validate(r.out())).noneMatch(ValidationMessage::error);
    }

    @Test
    void formatFhirFromAFhirBundleCarriesTheDataQuality() throws Exception {
        Cli r = Cli.run("plan", Cli.fixtures().resolve(P02).toString(), "--format", "fhir");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"resourceType\": \"OperationOutcome\"");
        assertThat(new FhirValidator().validate(r.out())).noneMatch(ValidationMessage::error);
    }

    @Test
    void validateNotesNativeInputAndAcceptsAValidBundle(@TempDir Path dir) throws Exception {
        Cli nativeInput = Cli.run("plan", Cli.root().resolve("examples/patients/her2-positive-first-line.yaml").toString(), "--validate");
        assertThat(nativeInput.exit()).isZero();
        assertThat(nativeInput.err()).contains("applies to FHIR input only");
        Cli exported = Cli.run("plan", Cli.root().resolve("examples/patients/her2-positive-first-line.yaml").toString(), "--format", "fhir");
        Path f = dir.resolve("plan.json");
        Files.writeString(f, exported.out());
        Cli validated = Cli.run("import", f.toString(), "--validate");
        assertThat(validated.err()).contains("0 error(s)");
        // A plan bundle is not a patient record: the importer refuses it clearly.
        assertThat(validated.exit()).isEqualTo(2);
        assertThat(validated.err()).contains("no primary breast cancer Condition");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli r = Cli.run("plan", Cli.root().resolve("examples/patients/her2-positive-first-line.yaml").toString(), "--format", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("use text, json, markdown or fhir");
    }
}
