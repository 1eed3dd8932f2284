package org.mbcnav.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.model.knowledge.Criterion.AnyOf;
import org.mbcnav.model.knowledge.Criterion.Not;
import org.mbcnav.trials.parse.EligibilityParser;
import org.mbcnav.trials.parse.EligibilityText;
import org.mbcnav.trials.parse.Lexicon;
import org.mbcnav.trials.parse.Sentence;
import org.mbcnav.trials.parse.SentenceReading;
import org.mbcnav.trials.read.LexiconLoader;

/** One group of cases per criterion kind, on sentences written the way registry text is. */
class ParserRulesTest {
    private static final Lexicon LEXICON = lexicon();
    private static final EligibilityParser PARSER = new EligibilityParser(LEXICON, Fixtures.KNOWLEDGE.classes().keySet());

    private static Lexicon lexicon() {
        try {
            return new LexiconLoader().load(Fixtures.KB.resolve("trials/lexicon.yaml"), Fixtures.KNOWLEDGE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Criterion> incl(String text) {
        return read(text, "inclusion").criteria().stream().map(TrialCriterion::requirement).toList();
    }

    private static List<Criterion> excl(String text) {
        return read(text, "exclusion").criteria().stream().map(TrialCriterion::requirement).toList();
    }

    private static SentenceReading read(String text, String section) {
        return PARSER.read(new Sentence(1, section, "", EligibilityText.normalise(text)));
    }

    @Test
    void subtypeAndReceptors() {
        assertThat(incl("Histologically confirmed HR+/HER2- breast cancer")).containsExactly(new Criterion.Subtype(List.of("hr-positive-her2-negative")));
        assertThat(incl("Metastatic triple-negative breast cancer (TNBC)")).containsExactly(new Criterion.Subtype(List.of("triple-negative")));
        assertThat(incl("Either TNBC or ER/PgR-positive breast cancer that is HER2-negative"))
                .containsExactly(new Criterion.Subtype(List.of("triple-negative", "hr-positive-her2-negative")));
        assertThat(incl("Documented estrogen receptor (ER) and/or progesterone receptor (PR)-positive tumor")).containsExactly(new Criterion.HormoneReceptor(true));
        // Both statuses named: no restriction on HR.
        assertThat(incl("documented as hormone receptor (HR)-positive or HR-negative disease")).isEmpty();
    }

    @Test
    void her2Categories() {
        assertThat(incl("Centrally confirmed HER2+ breast carcinoma")).containsExactly(new Criterion.Her2(List.of("positive")));
        assertThat(incl("Solid tumor overexpressing HER2 (IHC 3+)")).containsExactly(new Criterion.Her2(List.of("positive")));
        assertThat(incl("Documented HER2-negative tumor")).containsExactly(new Criterion.Her2(List.of("zero", "ultralow", "low")));
        assertThat(incl("HER2-low or HER2-ultralow metastatic breast cancer")).containsExactly(new Criterion.Her2(List.of("low", "ultralow")));
        assertThat(incl("Prior HER2-targeted therapy is not relevant here")).doesNotContain(new Criterion.Her2(List.of("zero", "ultralow", "low")));
    }

    @Test
    void biomarkers() {
        assertThat(incl("ESR1 mutation detected by central testing of ctDNA"))
                .containsExactly(new Criterion.Biomarker(List.of("ESR1"), "detected", "any", "ctdna", null, "any"));
        assertThat(incl("Germline mutation in BRCA1, BRCA2 or PALB2"))
                .containsExactly(new Criterion.Biomarker(List.of("BRCA1", "BRCA2", "PALB2"), "detected", "germline", "any", null, "any"));
        assertThat(incl("CCNE1-amplified tumors")).containsExactly(new Criterion.AlterationType(List.of("CCNE1"), "amplification"));
        assertThat(incl("PD-L1 positive by the 22C3 assay (CPS >=10)")).containsExactly(new Criterion.PdL1("22C3", 10.0, null));
        assertThat(incl("Tumor PD-L1 CPS < 10")).containsExactly(new Not(new Criterion.PdL1(null, 10.0, null)));
        // Mutant and wild-type groups in one sentence are cohorts, not a requirement.
        SentenceReading cohorts = read("PIK3CA mutational status: PIK3CA wild-type or PIK3CA-mutant groups", "inclusion");
        assertThat(cohorts.criteria()).isEmpty();
        assertThat(cohorts.residue()).isNotEmpty();
    }

    @Test
    void priorTherapiesRequiredAndExcluded() {
        assertThat(incl("Previously received a CDK4/6 inhibitor in combination with an endocrine therapy in the advanced setting"))
                .containsExactly(new Criterion.PriorClass("cdk46-inhibitor", "metastatic", null), new Criterion.PriorClass("endocrine-therapy", "metastatic", null));
        assertThat(incl("Relapsed after anti-HER2 antibody or kinase inhibitor therapy"))
                .containsExactly(new AnyOf(List.of(new Criterion.PriorClass("anti-her2-antibody", "any", true), new Criterion.PriorClass("her2-tki", "any", true))));
        assertThat(incl("No prior chemotherapy for metastatic breast cancer"))
                .containsExactly(new Not(new Criterion.PriorClass("chemotherapy", "metastatic", null)));
        assertThat(incl("No prior systemic treatment for loco-regional recurrent or metastatic disease"))
                .containsExactly(new Criterion.PriorLines(null, null, 0));
        assertThat(excl("Prior treatment with: fulvestrant; chemotherapy for advanced/metastatic disease"))
                .containsExactly(new Not(new Criterion.PriorDrug("fulvestrant", "any", null)), new Not(new Criterion.PriorClass("chemotherapy", "metastatic", null)));
        // "novel endocrine therapies" has no class: recognised, not misread as all endocrine therapy.
        SentenceReading novel = read("Prior treatment with other investigational agents including novel endocrine therapies", "exclusion");
        assertThat(novel.criteria()).isEmpty();
        assertThat(novel.residue()).isNotEmpty();
        // A statement about some participants is not a requirement for all.
        assertThat(incl("Patients relapsed after HER2-targeted therapy need a new biopsy")).isEmpty();
    }

    @Test
    void lineAndChemotherapyLineCounts() {
        assertThat(incl("<=2 prior lines of systemic therapy in the metastatic setting")).containsExactly(new Criterion.PriorLines(null, null, 2));
        assertThat(incl("Prior therapy in the metastatic setting including >=1 endocrine therapy, <=2 chemotherapy regimens"))
                .containsExactly(new Criterion.PriorLines("endocrine-therapy", 1, null), new Criterion.PriorLines("chemotherapy", null, 2));
        assertThat(incl("One line of chemotherapy in the metastatic setting is allowed")).containsExactly(new Criterion.PriorLines("chemotherapy", null, 1));
        assertThat(incl("Progressed after at least 2 or 3 prior therapies in the metastatic setting")).containsExactly(new Criterion.PriorLines(null, 2, null));
        // Days of a radiotherapy washout are not lines.
        assertThat(incl("Washout: >=21 days since whole-brain radiotherapy")).isEmpty();
    }

    @Test
    void relapseTiming() {
        assertThat(excl("Disease recurrence while on, or within 12 months of completion of, adjuvant endocrine therapy"))
                .containsExactly(new Not(new Criterion.RelapseAfterAdjuvant("endocrine-therapy", 12)));
        assertThat(incl("Completed curative-intent therapy at least 6 months before the first disease recurrence"))
                .containsExactly(new Criterion.DiseaseFreeInterval(6, null));
    }

    @Test
    void brainMetastases() {
        assertThat(excl("Active brain metastases")).containsExactly(new Not(new Criterion.BrainMetastases(List.of("active"))));
        assertThat(excl("Current or past history of central nervous system metastases")).containsExactly(new Not(new Criterion.BrainMetastases(List.of("any"))));
        assertThat(excl("Leptomeningeal metastases")).containsExactly(new Not(new Criterion.MetastaticSite(List.of("leptomeningeal"))));
        assertThat(incl("No brain metastases, or asymptomatic brain metastases")).containsExactly(new Not(new Criterion.BrainMetastases(List.of("active"))));
        assertThat(incl("Brain and/or leptomeningeal metastases from a HER2-positive cancer")).contains(
                new AnyOf(List.of(new Criterion.BrainMetastases(List.of("any")), new Criterion.MetastaticSite(List.of("leptomeningeal")))));
        assertThat(incl("Participants with brain metastases must be neurologically stable")).isEmpty();
    }

    @Test
    void measurableDiseaseEcogAgeSexMenopause() {
        assertThat(incl("Measurable disease per RECIST v1.1 or non-measurable bone-only disease"))
                .containsExactly(new AnyOf(List.of(new Criterion.MeasurableDisease(true), new Criterion.BoneOnly(true))));
        assertThat(incl("ECOG performance status 0 or 1")).containsExactly(new Criterion.Ecog(0, 1));
        assertThat(incl("Male or female aged 18-70 years")).containsExactly(new Criterion.Age(18, 70));
        assertThat(incl("Postmenopausal status is defined by age >=60 years")).isEmpty();
        assertThat(incl("Patients must be postmenopausal")).containsExactly(new Criterion.Menopause(List.of("postmenopausal")));
        SentenceReading lhrh = read("Pre-/peri-menopausal women must agree to initiate an LHRH agonist", "inclusion");
        assertThat(lhrh.criteria()).isEmpty();
        assertThat(lhrh.residue()).isNotEmpty();
        Trial t = new Trial("NCT00000001", "t", null, "RECRUITING", List.of(), null, "FEMALE", "18 Years", "80 Years", "", List.of(), List.of(), List.of(), "x");
        assertThat(PARSER.read(t).registry()).extracting(TrialCriterion::requirement)
                .containsExactly(new Criterion.SexIs("female"), new Criterion.Age(18, 80));
    }

    @Test
    void organFunctionAndMedications() {
        assertThat(incl("absolute neutrophil count >1500/mm3; platelets >100,000/mm3; hemoglobin >10 g/dl"))
                .containsExactly(new Criterion.Lab("anc", ">", 1.5), new Criterion.Lab("platelets", ">", 100), new Criterion.Lab("hemoglobin", ">", 10));
        SentenceReading uln = read("total bilirubin <1.5x ULN", "inclusion");
        assertThat(uln.criteria()).isEmpty();
        assertThat(uln.residue()).isNotEmpty();
        // One alternative unreadable (mg/ml): the whole "or" is left to check by hand, never half-applied.
        assertThat(incl("serum creatinine <=1.6 mg/ml or creatinine clearance >70 ml/min")).isEmpty();
        assertThat(excl("Strong CYP3A4 inhibitors or inducers")).containsExactly(new Not(new AnyOf(List.of(
                new Criterion.MedicationClass("strong-cyp3a4-inhibitor"), new Criterion.MedicationClass("strong-cyp3a4-inducer")))));
        assertThat(excl("Active or prior documented interstitial lung disease (ILD)/pneumonitis"))
                .containsExactly(new Not(new Criterion.Comorbidity("interstitial-lung-disease", null)));
        assertThat(excl("In visceral crisis at risk of life-threatening complications")).containsExactly(new Not(new Criterion.VisceralCrisis(true)));
    }

    @Test
    void sentencesAndSections() {
        List<Sentence> s = EligibilityText.split("""
                Inclusion Criteria:

                * Age \\>= 18 years. ECOG 0-1
                  * nested item (e.g. T-DM1) here
                1. numbered item

                Exclusion Criteria:

                * Active brain metastases
                """);
        assertThat(s).extracting(Sentence::text).containsExactly("Age >= 18 years", "ECOG 0-1", "nested item (e.g. T-DM1) here",
                "numbered item", "Active brain metastases");
        assertThat(s).extracting(Sentence::section).containsExactly("inclusion", "inclusion", "inclusion", "inclusion", "exclusion");
    }

    @Test
    void cohortAndPermissiveSentencesAreLeftToCheckByHand() {
        assertThat(read("Cohort 1: tumours with a mutation in BRCA1; cohort 2: RAD51 foci", "inclusion").skipped()).contains("cohort");
        assertThat(read("Patients with HR+ tumors may receive endocrine therapy", "inclusion").skipped()).contains("permits");
    }

    /** Found with a TrialCriteriaFuzzTest input: numbers beyond int range threw NumberFormatException. */
    @Test
    void numbersTooLargeToBeRealAreLeftToCheckByHand() {
        SentenceReading lines = read("At least 99999999999 prior lines of therapy for metastatic disease", "inclusion");
        assertThat(lines.criteria()).isEmpty();
        assertThat(lines.residue()).anyMatch(r -> r.startsWith("a count too large to read"));
        SentenceReading interval = read("At least 12345678901 months between the end of adjuvant therapy and recurrence", "inclusion");
        assertThat(interval.criteria()).isEmpty();
        assertThat(interval.residue()).anyMatch(r -> r.startsWith("a number of months too large to read"));
        Trial t = new Trial("NCT00000001", "t", null, "RECRUITING", List.of(), "INTERVENTIONAL", "ALL",
                "99999999999 Years", null, "Inclusion Criteria:\n* Metastatic breast cancer", List.of(), List.of(),
                List.of(), "t.json");
        assertThat(PARSER.read(t).registry()).isEmpty();
    }
}
