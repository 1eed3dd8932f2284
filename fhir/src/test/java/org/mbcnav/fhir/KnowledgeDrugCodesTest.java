package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.io.InputException;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.TreatmentCourse;

/** The knowledge base's own drug-code table, read by the importer: RxNorm, NDC and UNII codes kept apart. */
class KnowledgeDrugCodesTest {
    private static final KnowledgeDrugCodes CODES = new KnowledgeDrugCodes(knowledge());

    private static Knowledge knowledge() {
        try {
            return new KnowledgeLoader().load(Path.of(System.getProperty("mbcnav.root", "..")).resolve("knowledge"));
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyInsulinIngredientAndBrandIsTheInsulinGroup() {
        // insulin glargine (IN), Lantus (BN), a Humalog pen (SBD) and regular human insulin (IN, mapped before).
        for (String code : new String[] {"274783", "261551", "1652640", "253182"}) {
            assertThat(CODES.byCode(Systems.RXNORM, code)).as(code)
                    .hasValueSatisfying(d -> assertThat(d).isEqualTo(new ResolvedDrug("insulin", false)));
        }
        assertThat(CODES.byText("Tresiba")).map(ResolvedDrug::ingredient).contains("insulin");
    }

    @Test
    void newlyApprovedDrugsResolveByTheirProductCodesNdcAndUnii() {
        assertThat(CODES.byCode(Systems.RXNORM, "2743361")).contains(new ResolvedDrug("vepdegestrant", true));
        assertThat(CODES.byCode(Systems.UNII, "WC1U3R1YMI")).map(ResolvedDrug::ingredient).contains("vepdegestrant");
        assertThat(CODES.byCode(Systems.UNII, "wc1u3r1ymi")).map(ResolvedDrug::ingredient).contains("vepdegestrant");
        assertThat(CODES.byCode(Systems.NDC, "84043-100-30")).map(ResolvedDrug::ingredient).contains("vepdegestrant");
        assertThat(CODES.byCode(Systems.NDC, "84043010030")).map(ResolvedDrug::ingredient).contains("vepdegestrant");
        assertThat(CODES.byCode(Systems.NDC, "00002171728")).contains(new ResolvedDrug("imlunestrant", true));
        assertThat(CODES.byCode(Systems.NDC, "00002-1717-56")).map(ResolvedDrug::ingredient).contains("imlunestrant");
        assertThat(CODES.byCode(Systems.NDC, "84577-0751-01")).map(ResolvedDrug::ingredient).contains("gedatolisib");
        assertThat(CODES.byCode(Systems.RXNORM, "1364445")).map(ResolvedDrug::ingredient).contains("apixaban");
        assertThat(CODES.byCode(Systems.RXNORM, "308191")).map(ResolvedDrug::ingredient).contains("amoxicillin");
    }

    @Test
    void aCodeCountsOnlyInItsOwnSystem() {
        assertThat(CODES.byCode(Systems.NDC, "274783")).isEmpty();
        assertThat(CODES.byCode(Systems.RXNORM, "0002-1717-28")).isEmpty();
        assertThat(CODES.byCode(Systems.RXNORM, "WC1U3R1YMI")).isEmpty();
        assertThat(CODES.byCode(Systems.SNOMED, "274783")).isEmpty();
        assertThat(CODES.byCode(null, "274783")).isEmpty();
        assertThat(CODES.byCode(Systems.NDC, "0002-1717-99")).isEmpty();
        assertThat(CODES.byCode(Systems.NDC, "not an ndc")).isEmpty();
    }

    @Test
    void anOrderCodedOnlyByNdcBecomesATreatmentCourse() {
        String order = """
                {"resourceType":"MedicationRequest","id":"iml","status":"active","intent":"order","subject":{"reference":"Patient/p1"},
                 "medicationCodeableConcept":{"coding":[{"system":"http://hl7.org/fhir/sid/ndc","code":"00002171728"}]},
                 "dosageInstruction":[{"timing":{"repeat":{"boundsPeriod":{"start":"2026-03-01"}}}}]}""";
        String insulin = """
                {"resourceType":"MedicationStatement","id":"ins","status":"active","subject":{"reference":"Patient/p1"},
                 "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"847230"}]},
                 "effectivePeriod":{"start":"2020-01-01"}}""";
        ImportResult r = new FhirPatientReader(CODES)
                .read(TestBundles.withPatient(TestBundles.boneMetastasis("2025-12-01"), order, insulin), "test");
        assertThat(r.patient().treatments()).extracting(TreatmentCourse::drugs).containsExactly(List.of("imlunestrant"));
        assertThat(r.patient().health().medications()).containsExactly("insulin");
    }
}
