package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.model.patient.AlterationType;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.ReceptorStatus;
import org.mbcnav.model.patient.Sex;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.VariantOrigin;

/** Every bundle in shared/fixtures, read unchanged. */
class FixtureBundlesTest {
    private final FhirPatientReader reader = new FhirPatientReader(new TestDrugs());

    static Stream<Path> allBundles() throws IOException {
        try (Stream<Path> s = Files.walk(Fixtures.root())) {
            return s.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.toString().contains("/cds-hooks/") && !p.toString().contains("/trials/"))
                    .filter(p -> !p.toString().contains("/examples/") && !p.getFileName().toString().equals("manifest.json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("allBundles")
    void everyFixtureBundleGivesAResultOrAnExplainedError(Path bundle) {
        Throwable t = catchThrowable(() -> {
            ImportResult r = reader.read(bundle);
            assertThat(r.patient()).isNotNull();
            assertThat(r.metastatic().verdict()).isNotNull();
        });
        if (t != null) {
            assertThat(t).isInstanceOf(FhirImportException.class);
            assertThat(((FhirImportException) t).issues()).isNotEmpty().first().extracting(DataQualityIssue::severity).isEqualTo("error");
        }
    }

    @Test
    void jennyMIsNotMetastaticAndSaysSo() {
        ImportResult r = reader.read(Fixtures.file("mcode-stu4/Bundle-mcode-patient-bundle-jenny-m.json"));
        assertThat(r.plannable()).isFalse();
        assertThat(r.metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.NOT_METASTATIC);
        assertThat(r.metastatic().evidence()).anyMatch(e -> e.contains("tnm-clinical-distant-metastases-category-jenny-m") && e.contains("M0"));
        Patient p = r.patient();
        assertThat(p.disease().deNovoStageIV()).isFalse();
        assertThat(p.disease().metastaticDiagnosisDate()).isNull();
        assertThat(p.disease().sites()).isEmpty();
        assertThat(r.issues()).anyMatch(i -> i.severity().equals("error") && i.reason().endsWith("not metastatic; not planned"));
    }

    @Test
    void jennyMFactsAreMapped() {
        Patient p = reader.read(Fixtures.file("mcode-stu4/Bundle-mcode-patient-bundle-jenny-m.json")).patient();
        assertThat(p.id()).isEqualTo("cancer-patient-jenny-m");
        assertThat(p.person().sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.person().birthDate()).isEqualTo(LocalDate.of(1965, 1, 1));
        assertThat(p.person().ecog()).isZero();
        assertThat(p.disease().primaryDiagnosisDate()).isEqualTo(LocalDate.of(2018, 3, 16));
        assertThat(p.tumor().histology()).isEqualTo("infiltrating duct carcinoma");
        Biopsy b = p.tumor().biopsies().get(0);
        assertThat(b.erStatus()).isEqualTo(ReceptorStatus.POSITIVE);
        assertThat(b.prStatus()).isEqualTo(ReceptorStatus.NEGATIVE);
        assertThat(p.genomics()).filteredOn(g -> g.gene().equals("PALB2")).singleElement()
                .satisfies(g -> assertThat(g.origin()).isEqualTo(VariantOrigin.SOMATIC));
        // Genes of the region studied without a variant are tested-negative, not untested.
        assertThat(p.genomics()).filteredOn(g -> g.gene().equals("BRCA1")).singleElement()
                .extracting(GenomicResult::result).isEqualTo(org.mbcnav.model.patient.VariantResult.NOT_DETECTED);
        assertThat(p.treatments()).extracting(TreatmentCourse::drugs)
                .containsExactly(List.of("cyclophosphamide", "doxorubicin", "paclitaxel"), List.of("anastrozole"));
        assertThat(p.treatments()).extracting(TreatmentCourse::setting).containsOnly(TherapySetting.ADJUVANT);
        assertThat(p.surgeries()).singleElement().satisfies(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2018, 4, 1)));
        assertThat(p.radiotherapy()).anySatisfy(rt -> {
            assertThat(rt.doseGy()).isEqualTo(60.0);
            assertThat(rt.fractions()).isEqualTo(30);
            assertThat(rt.intent()).isEqualTo("curative");
        });
    }

    @Test
    void jennyMQuirksAreReported() {
        List<DataQualityIssue> issues = reader.read(Fixtures.file("mcode-stu4/Bundle-mcode-patient-bundle-jenny-m.json")).issues();
        assertThat(issues).anyMatch(i -> i.what().equals("stage group") && i.reason().contains("IIIC") && i.reason().contains("IIB"));
        assertThat(issues).anyMatch(i -> i.what().equals("HER2 negative") && i.reason().contains("qualitative call"));
        assertThat(issues).anyMatch(i -> i.where().contains("neutrophils") && i.reason().contains("implausible"));
    }

    @Test
    void theCollectionAndTransactionFormsOfJennyMGiveTheSamePatient() {
        Patient collection = reader.read(Fixtures.file("mcode-stu4/Bundle-jenny-m-all-examples-collection.json")).patient();
        Patient transaction = reader.read(Fixtures.file("mcode-stu4/Bundle-jenny-m-all-examples-transaction.json")).patient();
        assertThat(transaction).isEqualTo(collection);
        assertThat(collection.tumor().biopsies()).anySatisfy(b -> {
            assertThat(b.grade()).isEqualTo(2);
            assertThat(b.site()).isEqualTo("left breast");
            assertThat(b.metastatic()).isFalse();
        });
    }

    @Test
    void mitrePatient01IsStageFourHrPositiveHer2Negative() {
        ImportResult r = reader.read(Fixtures.file("mitre-clinical-trial-matching-app/TrialMatching_Patient01.json"));
        Patient p = r.patient();
        assertThat(r.plannable()).isTrue();
        assertThat(p.disease().deNovoStageIV()).isTrue();
        assertThat(p.disease().sites()).extracting(MetastaticSite::site)
                .containsExactlyInAnyOrder(MetastaticSiteType.LYMPH_NODE, MetastaticSiteType.LIVER, MetastaticSiteType.BONE);
        Biopsy b = p.tumor().biopsies().get(0);
        assertThat(b.erStatus()).isEqualTo(ReceptorStatus.POSITIVE);
        assertThat(b.prStatus()).isEqualTo(ReceptorStatus.POSITIVE);
        // HER2 "negative" has no IHC score: kept as a qualitative call, and said so.
        assertThat(b.her2().status()).isEqualTo(org.mbcnav.model.patient.Her2Status.NEGATIVE);
        assertThat(b.her2().ihc()).isNull();
        assertThat(r.issues()).anyMatch(i -> i.what().equals("HER2 negative") && i.where().contains("TumorMarker03"));
        assertThat(p.genomics()).extracting(GenomicResult::gene).containsExactlyInAnyOrder("ESR1", "PIK3CA");
        assertThat(p.genomics()).extracting(GenomicResult::type).containsOnly(AlterationType.MUTATION);
        assertThat(p.person().ecog()).isEqualTo(1);
        assertThat(p.biomarkers().msi()).hasSize(1);
        assertThat(p.treatments()).extracting(TreatmentCourse::drugs)
                .containsExactly(List.of("leuprolide", "fulvestrant", "abemaciclib"), List.of("fulvestrant", "ribociclib"));
        assertThat(p.treatments()).extracting(TreatmentCourse::setting).containsOnly(TherapySetting.METASTATIC);
        assertThat(p.treatments().get(1).end()).isNull();
    }

    @Test
    void mitrePatient02ElevenStatementsBecomeCourses() {
        ImportResult r = reader.read(Fixtures.file("mitre-clinical-trial-matching-app/TrialMatching_Patient02.json"));
        Patient p = r.patient();
        assertThat(r.plannable()).isTrue();
        assertThat(p.disease().sites()).extracting(MetastaticSite::site).containsExactly(MetastaticSiteType.BONE);
        assertThat(p.tumor().biopsies().get(0).erStatus()).isEqualTo(ReceptorStatus.POSITIVE);
        assertThat(p.genomics()).extracting(GenomicResult::gene).containsExactlyInAnyOrder("CCND1", "FGFR1", "MDM2");
        assertThat(p.genomics()).extracting(GenomicResult::type).containsOnly(AlterationType.AMPLIFICATION);
        assertThat(p.treatments()).extracting(TreatmentCourse::drugs).containsExactly(
                List.of("exemestane"), List.of("anastrozole"), List.of("letrozole"), List.of("palbociclib", "fulvestrant"),
                List.of("capecitabine"), List.of("tamoxifen", "abemaciclib"), List.of("gemcitabine"), List.of("alpelisib"));
        assertThat(p.treatments().get(7).end()).isNull();
        assertThat(p.treatments().get(3).end()).isEqualTo(LocalDate.of(2019, 10, 1));
        // Zoledronic acid is a bone-modifying agent, not a line of therapy; it is reported.
        assertThat(r.issues()).anyMatch(i -> i.what().equals("zoledronic acid"));
        assertThat(r.issues()).anyMatch(i -> i.what().startsWith("TMB qualitative result"));
        assertThat(p.surgeries()).singleElement().satisfies(s -> assertThat(s.procedure()).isEqualTo("lumpectomy of breast"));
        assertThat(p.radiotherapy()).hasSize(4);
        assertThat(p.person().ecog()).isEqualTo(1);
    }

    @Test
    void theDeliberatelyBrokenBreastCancerTrialsBundleGivesClearIssues() {
        ImportResult r = reader.read(Fixtures.file("mitre-ctms-breastcancertrials/patient_data.json"));
        List<DataQualityIssue> issues = r.issues();
        assertThat(issues).filteredOn(i -> i.reason().startsWith("duplicate fullUrl")).hasSize(7);
        assertThat(issues).anyMatch(i -> i.where().contains("histology") && i.what().contains("TEST"));
        assertThat(issues).anyMatch(i -> i.where().contains("95d74cb0") && i.severity().equals("warning"));
        assertThat(issues).anyMatch(i -> i.reason().contains("identified from its text as paclitaxel"));
        assertThat(r.metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.NOT_METASTATIC);
        assertThat(r.patient().disease().primaryDiagnosisDate()).isEqualTo(LocalDate.of(2017, 7, 21));
    }

    @Test
    void extractionFrameworkFragmentsHaveNoPatientAndSayWhy() {
        for (String f : List.of("mitre-mcode-extraction-framework/csv-staging-bundle.json",
                "mitre-mcode-extraction-framework/csv-cancer-disease-status-bundle.json")) {
            assertThatThrownBy(() -> reader.read(Fixtures.file(f)))
                    .isInstanceOf(FhirImportException.class)
                    .hasMessageContaining("no Patient resource")
                    .satisfies(e -> assertThat(((FhirImportException) e).issues())
                            .anyMatch(i -> i.what().equals("urn:uuid:mrn-1") && i.reason().contains("not in the bundle")));
        }
    }

    @Test
    void aCourseStoppedForToxicityKeepsItsReason() throws IOException {
        ImportResult r = reader.read(ExampleBundles.metastaticFromStu4Examples());
        assertThat(r.patient().treatments()).singleElement().satisfies(c -> {
            assertThat(c.drugs()).containsExactly("cisplatin");
            assertThat(c.stopReason()).isEqualTo(StopReason.TOXICITY);
        });
    }
}
