package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.Condition;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.VariantOrigin;
import org.mbcnav.model.patient.VariantResult;

/** Element-level mapping on small bundles written for each case. */
class MappingTest {
    private final FhirPatientReader reader = new FhirPatientReader(new TestDrugs());

    private ImportResult read(String... resources) {
        return reader.read(TestBundles.withPatient(resources), "test");
    }

    @Test
    void her2ScoresAreReadFromStringTextAndInterpretation() {
        ImportResult r = read(TestBundles.boneMetastasis("2020-06-01"),
                TestBundles.observation("h1", "85319-2", "\"valueString\":\"2+\",\"specimen\":{\"reference\":\"Specimen/s1\"}"),
                TestBundles.observation("h2", "18474-7", "\"valueCodeableConcept\":{\"text\":\"0 with membrane staining\"}"),
                TestBundles.observation("h3", "48676-1", "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"LA6577-6\"}]},"
                        + "\"interpretation\":[{\"text\":\"IHC 1+\"}],\"specimen\":{\"reference\":\"Specimen/s3\"}"),
                TestBundles.observation("ish", "85318-4", "\"valueCodeableConcept\":{\"text\":\"Not amplified\"},\"specimen\":{\"reference\":\"Specimen/s1\"}"));
        List<Biopsy> biopsies = r.patient().tumor().biopsies();
        assertThat(biopsies).extracting(b -> b.her2().ihc()).containsExactlyInAnyOrder("2+", "0", "1+");
        assertThat(biopsies).filteredOn(b -> "0".equals(b.her2().ihc())).singleElement()
                .satisfies(b -> assertThat(b.her2().membraneStaining()).isTrue());
        assertThat(biopsies).filteredOn(b -> "2+".equals(b.her2().ihc())).singleElement()
                .satisfies(b -> assertThat(b.her2().ish()).isEqualTo(org.mbcnav.model.patient.IshResult.NOT_AMPLIFIED));
    }

    @Test
    void receptorPercentagesAndQualitativeAnswers() {
        ImportResult r = read(
                TestBundles.observation("er", "85329-1", "\"valueQuantity\":{\"value\":95,\"unit\":\"%\",\"code\":\"%\"}"),
                TestBundles.observation("pr", "16113-3", "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"260385009\"}]}"));
        Biopsy b = r.patient().tumor().biopsies().get(0);
        assertThat(b.erPercent()).isEqualTo(95.0);
        assertThat(b.prStatus()).isEqualTo(org.mbcnav.model.patient.ReceptorStatus.NEGATIVE);
    }

    @Test
    void somaticVariantInPlasmaIsCtdnaWithProteinChangeAndVaf() {
        String specimen = """
                {"resourceType":"Specimen","id":"plasma","subject":{"reference":"Patient/p1"},
                 "type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0487","code":"PLAS"}]}}""";
        String variant = """
                {"resourceType":"Observation","id":"v1","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2022-01-05",
                 "code":{"coding":[{"system":"http://loinc.org","code":"69548-6"}]},"specimen":{"reference":"Specimen/plasma"},
                 "valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA9633-4"}]},
                 "component":[
                  {"code":{"coding":[{"system":"http://loinc.org","code":"48018-6"}]},"valueCodeableConcept":{"coding":[{"system":"http://www.genenames.org","code":"HGNC:3467","display":"ESR1"}]}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"48005-3"}]},"valueCodeableConcept":{"coding":[{"system":"http://varnomen.hgvs.org","code":"NP_000116.2:p.Tyr537Ser"}]}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"48004-6"}]},"valueString":"NM_000125.4:c.1610A>C"},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"48002-0"}]},"valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6684-0"}]}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"81258-6"}]},"valueQuantity":{"value":12.5,"unit":"%"}},
                  {"code":{"coding":[{"system":"http://loinc.org","code":"53037-8"}]},"valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6668-3"}]}}]}""";
        String absent = """
                {"resourceType":"Observation","id":"v2","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2022-01-05",
                 "code":{"coding":[{"system":"http://loinc.org","code":"81247-9"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA9634-2"}]},
                 "component":[{"code":{"coding":[{"system":"http://loinc.org","code":"48018-6"}]},"valueCodeableConcept":{"coding":[{"system":"http://www.genenames.org/geneId","code":"HGNC:8975"}]}}]}""";
        List<GenomicResult> g = read(specimen, variant, absent).patient().genomics();
        assertThat(g).filteredOn(x -> x.gene().equals("ESR1")).singleElement().satisfies(x -> {
            assertThat(x.alteration()).isEqualTo("Y537S");
            assertThat(x.hgvs()).isEqualTo("NM_000125.4:c.1610A>C");
            assertThat(x.origin()).isEqualTo(VariantOrigin.SOMATIC);
            assertThat(x.specimen()).isEqualTo(SpecimenType.CTDNA);
            assertThat(x.vaf()).isEqualTo(0.125);
            assertThat(x.result()).isEqualTo(VariantResult.PATHOGENIC);
        });
        assertThat(g).filteredOn(x -> x.gene().equals("PIK3CA")).singleElement()
                .extracting(GenomicResult::result).isEqualTo(VariantResult.NOT_DETECTED);
    }

    @Test
    void labsAreConvertedToTheModelUnit() {
        ImportResult r = read(
                TestBundles.observation("bili", "1975-2", "\"valueQuantity\":{\"value\":17.1,\"code\":\"umol/L\"},"
                        + "\"referenceRange\":[{\"high\":{\"value\":20.5,\"code\":\"umol/L\"}}]"),
                TestBundles.observation("crcl", "2164-2", "\"valueQuantity\":{\"value\":78,\"code\":\"mL/min\"}"),
                TestBundles.observation("plt", "777-3", "\"valueQuantity\":{\"value\":210,\"code\":\"10*3/uL\"}"),
                TestBundles.observation("a1c", "4548-4", "\"valueQuantity\":{\"value\":6.4,\"code\":\"%\"}"),
                TestBundles.observation("alt", "1742-6", "\"valueQuantity\":{\"value\":22,\"code\":\"furlongs\"}"));
        List<LabResult> labs = r.patient().health().labs();
        assertThat(labs).filteredOn(l -> l.test() == LabTest.BILIRUBIN).singleElement().satisfies(l -> {
            assertThat(l.value()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(l.uln()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(0.01));
        });
        assertThat(labs).extracting(LabResult::test).contains(LabTest.CREATININE_CLEARANCE, LabTest.PLATELETS, LabTest.HBA1C)
                .doesNotContain(LabTest.ALT);
        assertThat(r.issues()).anyMatch(i -> i.where().startsWith("Observation/alt") && i.reason().contains("unit not convertible"));
    }

    @Test
    void comorbiditiesByIcdByWordsAndUnknown() {
        String diabetes = """
                {"resourceType":"Condition","id":"dm","subject":{"reference":"Patient/p1"},"clinicalStatus":{"coding":[{"code":"active"}]},
                 "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]}}""";
        String ild = """
                {"resourceType":"Condition","id":"ild","subject":{"reference":"Patient/p1"},
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"000000","display":"Interstitial lung disease (disorder)"}]}}""";
        String gout = """
                {"resourceType":"Condition","id":"gout","subject":{"reference":"Patient/p1"},"code":{"text":"Gout"}}""";
        ImportResult r = read(diabetes, ild, gout);
        assertThat(r.patient().health().comorbidities()).extracting(Comorbidity::condition)
                .containsExactly(Condition.DIABETES_TYPE_2, Condition.INTERSTITIAL_LUNG_DISEASE);
        assertThat(r.patient().health().comorbidities().get(0).active()).isTrue();
        assertThat(r.issues()).anyMatch(i -> i.where().startsWith("Condition/ild") && i.severity().equals("warning"));
        assertThat(r.issues()).anyMatch(i -> i.where().startsWith("Condition/gout") && i.reason().contains("not a condition the planner uses"));
    }

    @Test
    void performanceStatusMenopauseAndBiomarkers() {
        ImportResult r = read(
                TestBundles.observation("ecog", "89262-0", "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"LA9624-3\"}]}"),
                """
                {"resourceType":"Observation","id":"meno","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2021-01-01",
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"161712005"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"76498008"}]}}""",
                TestBundles.observation("tmb", "94076-7", "\"valueQuantity\":{\"value\":12,\"unit\":\"/Mb\"}"),
                TestBundles.observation("pdl1", "83052-1", "\"valueQuantity\":{\"value\":15},\"method\":{\"text\":\"22C3 combined positive score\"}"));
        assertThat(r.patient().person().ecog()).isEqualTo(2);
        assertThat(r.patient().person().menopausalStatus()).isEqualTo(MenopausalStatus.POSTMENOPAUSAL);
        assertThat(r.patient().biomarkers().tmb()).singleElement().satisfies(t -> assertThat(t.mutationsPerMb()).isEqualTo(12.0));
        assertThat(r.patient().biomarkers().pdl1()).singleElement().satisfies(p -> {
            assertThat(p.cps()).isEqualTo(15.0);
            assertThat(p.assay()).isEqualTo("22C3");
        });
    }

    @Test
    void endocrinePartnerAndCdk46StartedTwoWeeksApartAreOneCourse() {
        String letrozole = medication("let", "72965", "2021-01-04", null, "active", null);
        String palbo = medication("pal", "1601374", "2021-01-18", null, "active", null);
        String later = medication("fulv", "282357", "2021-03-01", null, "active", null);
        List<TreatmentCourse> courses = read(TestBundles.boneMetastasis("2020-12-01"), letrozole, palbo, later).patient().treatments();
        assertThat(courses).extracting(TreatmentCourse::drugs).containsExactly(List.of("letrozole", "palbociclib"), List.of("fulvestrant"));
        assertThat(courses).extracting(TreatmentCourse::setting).containsOnly(TherapySetting.METASTATIC);
    }

    @Test
    void diseaseStatusWorsenedClosesTheCourseItHappenedOnWithProgression() {
        String letrozole = medication("let", "72965", "2021-01-04", null, "active", null);
        String palbo = medication("pal", "1601374", "2021-01-18", null, "active", null);
        String worse = """
                {"resourceType":"Observation","id":"cds1","status":"final","subject":{"reference":"Patient/p1"},
                 "effectiveDateTime":"2022-03-10","code":{"coding":[{"system":"http://loinc.org","code":"97509-4"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"271299001"}]}}""";
        String tooEarly = """
                {"resourceType":"Observation","id":"cds0","status":"final","subject":{"reference":"Patient/p1"},
                 "effectiveDateTime":"2019-01-01","code":{"coding":[{"system":"http://loinc.org","code":"97509-4"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"271299001"}]}}""";
        ImportResult r = read(TestBundles.boneMetastasis("2020-12-01"), letrozole, palbo, worse, tooEarly);
        TreatmentCourse course = r.patient().treatments().get(0);
        assertThat(course.stopReason()).isEqualTo(org.mbcnav.model.patient.StopReason.PROGRESSION);
        assertThat(course.end()).hasToString("2022-03-10");
        assertThat(r.issues()).anyMatch(i -> i.where().contains("cds1") && i.reason().contains("read as progression"));
        assertThat(r.issues()).anyMatch(i -> i.where().contains("cds0") && i.reason().contains("recorded nowhere"));
    }

    @Test
    void intentStatusReasonAndDatesDecideSettingAndStop() {
        String adjuvant = medication("ac", "3639", "2015-04-01", "2015-07-01", "completed", "373808002");
        String palliative = """
                {"resourceType":"MedicationRequest","id":"cape","status":"stopped","intent":"order","subject":{"reference":"Patient/p1"},
                 "extension":[{"url":"http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent",
                   "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"363676003"}]}}],
                 "statusReason":{"coding":[{"system":"http://snomed.info/sct","code":"266721009"}]},
                 "medicationCodeableConcept":{"text":"Capecitabine 500 mg tablet"},
                 "dosageInstruction":[{"timing":{"repeat":{"boundsPeriod":{"start":"2020-09-01","end":"2021-02-01"}}}}]}""";
        String surgery = """
                {"resourceType":"Procedure","id":"surg","status":"completed","subject":{"reference":"Patient/p1"},
                 "code":{"coding":[{"system":"http://snomed.info/sct","code":"392021009","display":"Lumpectomy of breast (procedure)"}]},
                 "performedDateTime":"2015-03-01"}""";
        ImportResult r = read(TestBundles.boneMetastasis("2020-08-15"), adjuvant, palliative, surgery);
        List<TreatmentCourse> courses = r.patient().treatments();
        assertThat(courses).extracting(TreatmentCourse::setting).containsExactly(TherapySetting.ADJUVANT, TherapySetting.METASTATIC);
        assertThat(courses.get(1).stopReason()).isEqualTo(StopReason.PROGRESSION);
        assertThat(courses.get(1).end()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(r.issues()).anyMatch(i -> i.reason().contains("identified from its text as capecitabine"));
        // Metastasis five years after diagnosis is a recurrence, dated by the metastasis.
        assertThat(r.patient().disease().deNovoStageIV()).isFalse();
        assertThat(r.patient().disease().metastaticDiagnosisDate()).isEqualTo(LocalDate.of(2020, 8, 15));
    }

    @Test
    void aCodeAndADisplayNamingDifferentDrugsAreNotUsed() {
        String conflicting = """
                {"resourceType":"MedicationStatement","id":"x","status":"completed","subject":{"reference":"Patient/p1"},
                 "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"1156253","display":"Paclitaxel 100 MG Injection"}]},
                 "effectiveDateTime":"2017-07-28"}""";
        ImportResult r = read(conflicting);
        assertThat(r.patient().treatments()).isEmpty();
        assertThat(r.issues()).anyMatch(i -> i.reason().contains("the code means zoledronic acid but the text says paclitaxel"));
    }

    @Test
    void stageGroupFourInLegacyAjccCodeIsDeNovo() {
        String stage = """
                {"resourceType":"Observation","id":"sg","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2015-02-10",
                 "code":{"coding":[{"system":"http://loinc.org","code":"21908-9"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://cancerstaging.org","code":"4","display":"IV"}]}}""";
        ImportResult r = read(stage);
        assertThat(r.plannable()).isTrue();
        assertThat(r.patient().disease().deNovoStageIV()).isTrue();
        assertThat(r.patient().disease().metastaticDiagnosisDate()).isEqualTo(LocalDate.of(2015, 2, 1));
    }

    @Test
    void mOneFromTheDeprecatedLoincCodeIsMetastatic() {
        String m1 = """
                {"resourceType":"Observation","id":"m","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2015-02-10",
                 "code":{"coding":[{"system":"http://loinc.org","code":"21907-1"}]},
                 "valueCodeableConcept":{"coding":[{"system":"http://cancerstaging.org","code":"cM1"}]}}""";
        assertThat(read(m1).metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.METASTATIC);
    }

    private static String medication(String id, String rxnorm, String start, String end, String status, String intent) {
        String ext = intent == null ? "" : """
                "extension":[{"url":"http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent",
                  "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"%s"}]}}],""".formatted(intent);
        String period = end == null ? "\"effectiveDateTime\":\"" + start + "\"" : "\"effectivePeriod\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
        return """
                {"resourceType":"MedicationStatement","id":"%s",%s"status":"%s","subject":{"reference":"Patient/p1"},
                 "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"%s"}]},%s}"""
                .formatted(id, ext, status, rxnorm, period);
    }
}
