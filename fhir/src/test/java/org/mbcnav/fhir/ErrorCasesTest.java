package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Inputs that cannot become a patient: each fails with a message that names the problem and its place. */
class ErrorCasesTest {
    private final FhirPatientReader reader = new FhirPatientReader(new TestDrugs());

    @Test
    void invalidJsonNamesLineAndColumn() {
        String broken = "{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [ { ] \n}";
        assertThatThrownBy(() -> reader.read(broken, "broken.json"))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("broken.json line 3 column")
                .hasMessageContaining("invalid JSON");
    }

    @Test
    void emptyInputIsAnError() {
        assertThatThrownBy(() -> reader.read("", "empty.json")).isInstanceOf(FhirImportException.class).hasMessageContaining("empty");
    }

    @Test
    void aResourceThatIsNotABundleOrPatientIsRejected() {
        assertThatThrownBy(() -> reader.read("{\"resourceType\":\"Observation\",\"id\":\"x\"}", "obs.json"))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("resourceType Observation")
                .hasMessageContaining("expected a FHIR Bundle");
        assertThatThrownBy(() -> reader.read("[1,2]", "array.json")).isInstanceOf(FhirImportException.class)
                .hasMessageContaining("found a JSON array");
    }

    @Test
    void aBundleWithoutBreastCancerIsRejected() {
        String other = """
                {"resourceType":"Condition","id":"lung","subject":{"reference":"Patient/p1"},
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"254637007","display":"Non-small cell lung cancer (disorder)"}]}}""";
        assertThatThrownBy(() -> reader.read(TestBundles.bundle(TestBundles.PATIENT, other), "t"))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("no primary breast cancer Condition")
                .satisfies(e -> assertThat(((FhirImportException) e).issues()).anyMatch(i -> i.where().startsWith("Condition/lung")));
    }

    @Test
    void twoDifferentPatientsAreRejected() {
        String second = "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"female\"}";
        assertThatThrownBy(() -> reader.read(TestBundles.bundle(TestBundles.PATIENT, second, TestBundles.PRIMARY), "t"))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("2 different patients (p1, p2)");
    }

    @Test
    void aSubjectOutsideTheBundleIsABrokenReference() {
        String stray = TestBundles.PRIMARY.replace("Patient/p1", "Patient/someone-else");
        assertThatThrownBy(() -> reader.read(TestBundles.bundle(TestBundles.PATIENT, stray), "t"))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("Condition/primary subject: Patient/someone-else: refers to a patient that is not in the bundle");
    }

    @Test
    void aBundleWithNoPatientIsRejected() {
        assertThatThrownBy(() -> reader.read(TestBundles.bundle(TestBundles.PRIMARY.replace(",\"subject\":{\"reference\":\"Patient/p1\"}", "")), "t"))
                .isInstanceOf(FhirImportException.class)
                .hasMessageContaining("no Patient resource");
    }

    @Test
    void aSearchsetWithAnOperationOutcomeIsReadAndTheOutcomeReported() {
        String json = """
                {"resourceType":"Bundle","type":"searchset","entry":[
                 {"resource":%s,"search":{"mode":"match"}},{"resource":%s,"search":{"mode":"match"}},
                 {"resource":{"resourceType":"OperationOutcome","issue":[{"severity":"warning","diagnostics":"truncated"}]},"search":{"mode":"outcome"}}]}"""
                .formatted(TestBundles.PATIENT, TestBundles.PRIMARY);
        ImportResult r = reader.read(json, "t");
        assertThat(r.issues()).anyMatch(i -> i.what().equals("OperationOutcome") && i.reason().contains("truncated"));
        assertThat(r.metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.UNKNOWN);
        assertThat(r.plannable()).isFalse();
    }

    /** Found by FhirImportFuzzTest: a coding with a system but no code stopped the import with a NullPointerException. */
    @Test
    void aCodingWithoutACodeIsReadAsNotUnderstood() {
        String codeless = """
                {"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"Patient/p1"},
                 "code":{"coding":[{"system":"http://loinc.org","display":"stage"}]},"valueString":"IV"}""";
        ImportResult r = reader.read(TestBundles.withPatient(codeless, TestBundles.boneMetastasis("2021-02-01")), "codeless.json");
        assertThat(r.patient()).isNotNull();
    }
}
