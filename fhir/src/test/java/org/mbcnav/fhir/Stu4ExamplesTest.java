package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.VariantOrigin;

/** The single-resource mCODE STU4 examples, put together around Jenny M's Patient. */
class Stu4ExamplesTest {
    private final FhirPatientReader reader = new FhirPatientReader(new TestDrugs());

    @Test
    void brainMetastasisAndLiverHistoryMakeAMetastaticPatient() throws IOException {
        ImportResult r = reader.read(ExampleBundles.metastaticFromStu4Examples());
        Patient p = r.patient();
        assertThat(r.plannable()).isTrue();
        assertThat(p.disease().sites()).extracting(MetastaticSite::site)
                .containsExactlyInAnyOrder(MetastaticSiteType.BRAIN, MetastaticSiteType.LIVER);
        assertThat(p.disease().primaryDiagnosisDate()).isEqualTo(LocalDate.of(2019, 4, 1));
        // Brain metastasis a month after diagnosis: within the de novo window.
        assertThat(p.disease().deNovoStageIV()).isTrue();
        assertThat(p.person().karnofsky()).isEqualTo(90);
        assertThat(p.genomics()).filteredOn(g -> g.gene().equals("BRCA1")).singleElement()
                .extracting(GenomicResult::origin).isEqualTo(VariantOrigin.GERMLINE);
        assertThat(p.genomics()).filteredOn(g -> g.gene().equals("STK11")).singleElement()
                .satisfies(g -> assertThat(g.hgvs()).isEqualTo("NM_000455.5:c.725G>A"));
    }

    @Test
    void aSecondaryCodeInAPrimaryProfileIsReadAsAMetastasis() throws IOException {
        ImportResult r = reader.read(ExampleBundles.bundle("Patient-cancer-patient-jenny-m", "Condition-primary-cancer-condition-jenny-m",
                "Condition-primary-cancer-condition-nonspecific"));
        assertThat(r.metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.METASTATIC);
        assertThat(r.issues()).anyMatch(i -> i.reason().contains("secondary (metastatic) disorder code in a PrimaryCancerCondition"));
        assertThat(r.patient().disease().sites()).extracting(MetastaticSite::site).containsExactly(MetastaticSiteType.OTHER);
    }

    @Test
    void noHistoryOfMetastaticCancerIsEvidenceAgainst() throws IOException {
        ImportResult r = reader.read(ExampleBundles.bundle("Patient-cancer-patient-jenny-m", "Condition-primary-cancer-condition-jenny-m",
                "Observation-no-history-of-metastatic-cancer"));
        assertThat(r.metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.NOT_METASTATIC);
        assertThat(r.metastatic().evidence()).anyMatch(e -> e.contains("no history of metastatic cancer"));
    }

    @Test
    void theConditionStageSummaryAloneDecidesWhenNothingElseIsThere() throws IOException {
        ImportResult r = reader.read(ExampleBundles.bundle("Patient-cancer-patient-jenny-m", "Condition-primary-cancer-condition-jenny-m"));
        assertThat(r.metastatic().verdict()).isEqualTo(MetastaticStatus.Verdict.NOT_METASTATIC);
        assertThat(r.metastatic().evidence()).singleElement().asString().endsWith("stage group IIIC");
    }
}
