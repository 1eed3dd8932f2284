package org.mbcnav.engine.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcnav.model.course.knowledge.DoseModificationTable;

/**
 * Each label dose-modification table (knowledge/course/dose-modifications.yaml): the first,
 * unconditional proposal for a term, grade, occurrence and current dose. Empty current dose =
 * the starting level.
 */
class DoseModifierTest {
    private final DoseModifier modifier = new DoseModifier(CourseTestKnowledge.CK);

    @ParameterizedTest(name = "{0}: {1} grade {2} occurrence {3} at ''{4}'' -> {5} / {6}")
    @CsvSource(delimiter = '|', value = {
            "palbociclib | neutrophil-count-decreased | 2 | 1 |  | continue | 125 mg daily | true",
            "palbociclib | neutrophil-count-decreased | 3 | 1 |  | hold | 125 mg daily | true",
            "palbociclib | platelet-count-decreased | 4 | 1 |  | hold | 100 mg daily | true",
            "palbociclib | neutrophil-count-decreased | 4 | 1 | 75 mg daily | discontinue | discontinue | true",
            "palbociclib | fatigue | 3 | 1 |  | hold | 100 mg daily | false",
            "ribociclib | neutrophil-count-decreased | 3 | 1 |  | hold | 600 mg daily | true",
            "ribociclib | neutrophil-count-decreased | 3 | 2 |  | hold | 400 mg daily | true",
            "ribociclib | febrile-neutropenia | 3 | 1 | 400 mg daily | hold | 200 mg daily | true",
            "ribociclib | alanine-aminotransferase-increased | 4 | 1 |  | discontinue |  | false",
            "ribociclib | electrocardiogram-qt-corrected-interval-prolonged | 3 | 1 |  | hold | 400 mg daily | false",
            "ribociclib | fatigue | 3 | 1 |  | hold | 600 mg daily | false",
            "abemaciclib | diarrhea | 3 | 1 |  | hold | 100 mg twice daily | true",
            "abemaciclib | diarrhea | 1 | 1 |  | continue | 150 mg twice daily | true",
            "abemaciclib | neutrophil-count-decreased | 4 | 1 |  | hold | 100 mg twice daily | false",
            "alpelisib | rash-maculo-papular | 3 | 1 |  | hold | 250 mg daily | false",
            "alpelisib | fatigue | 3 | 1 |  | hold | 250 mg daily | true",
            "alpelisib | fatigue | 4 | 1 |  | discontinue |  | true",
            "alpelisib | pancreatitis | 2 | 2 |  | discontinue |  | true",
            "capivasertib | diarrhea | 2 | 1 |  | see-label |  | false",
            "inavolisib | hyperglycemia | 3 | 1 |  | see-label |  | false",
            "elacestrant | fatigue | 1 | 1 |  | continue | 345 mg daily | true",
            "elacestrant | fatigue | 3 | 1 |  | hold | 258 mg daily | false",
            "olaparib | anemia | 3 | 1 |  | hold | 250 mg twice daily | true",
            "trastuzumab deruxtecan | pneumonitis | 2 | 1 |  | discontinue |  | true",
            "trastuzumab deruxtecan | neutrophil-count-decreased | 3 | 1 |  | hold | 5.4 mg/kg every 3 weeks | true",
            "trastuzumab deruxtecan | platelet-count-decreased | 4 | 1 |  | hold | 4.4 mg/kg every 3 weeks | false",
            "sacituzumab govitecan | diarrhea | 3 | 1 |  | hold | 7.5 mg/kg days 1 and 8 every 21 days | true",
            "trastuzumab | heart-failure | 3 | 1 |  | see-label |  | false",
            "capecitabine | palmar-plantar-erythrodysesthesia | 2 | 1 |  | hold | 100 % of the starting dose | true",
            "capecitabine | palmar-plantar-erythrodysesthesia | 2 | 2 |  | hold | 75 % of the starting dose | true",
            "capecitabine | diarrhea | 3 | 2 |  | hold | 50 % of the starting dose | true",
            "capecitabine | diarrhea | 3 | 3 |  | discontinue |  | true",
            "tucatinib | blood-bilirubin-increased | 2 | 1 |  | hold | 300 mg twice daily | true",
            "tucatinib | alanine-aminotransferase-increased | 3 | 1 |  | hold | 250 mg twice daily | true",
            "tucatinib | diarrhea | 4 | 1 |  | discontinue |  | true"})
    void firstProposal(String drug, String term, int grade, int occurrence, String current, String action,
                       String resumeDose, boolean verified) {
        List<DoseProposal> ps = modifier.propose(drug, term, grade, occurrence, current, false);
        DoseProposal p = ps.get(0);
        assertThat(p.action()).as(p.text()).isEqualTo(action);
        if (resumeDose != null && action.equals("continue")) {
            assertThat(p.currentDose()).as(p.text()).isEqualTo(resumeDose);
        } else if (resumeDose != null && !action.equals("discontinue")) {
            assertThat(p.resumeDose()).as(p.text()).isEqualTo(resumeDose);
        }
        assertThat(p.verified()).as(p.text()).isEqualTo(verified);
        assertThat(p.sources()).isNotEmpty();
        if (!verified) {
            assertThat(p.text()).contains("UNVERIFIED");
        }
    }

    @Test
    void conditionalRowsAreListedAfterThePlainProposal() {
        List<DoseProposal> ps = modifier.propose("palbociclib", "neutrophil-count-decreased", 3, 1, null, false);
        assertThat(ps.get(0).condition()).isNull();
        assertThat(ps.subList(1, ps.size())).allMatch(p -> p.condition() != null).hasSizeGreaterThanOrEqualTo(3);
        List<DoseProposal> lvef = modifier.propose("trastuzumab", "ejection-fraction-decreased", 2, 1, null, false);
        assertThat(lvef).allMatch(p -> p.condition() != null).anyMatch(p -> p.condition().contains(">= 16 points"));
        List<DoseProposal> pertuzumab = modifier.propose("pertuzumab", "ejection-fraction-decreased", 3, 1, null, false);
        assertThat(pertuzumab).anyMatch(p -> p.text().contains("hold trastuzumab too"));
        List<DoseProposal> saci = modifier.propose("sacituzumab govitecan", "neutrophil-count-decreased", 4, 2, null, false);
        assertThat(saci).anyMatch(p -> "5 mg/kg days 1 and 8 every 21 days".equals(p.resumeDose()) && !p.verified());
    }

    @Test
    void monotherapyUsesItsOwnDoseLevels() {
        DoseProposal p = modifier.propose("abemaciclib", "diarrhea", 3, 1, null, true).get(0);
        assertThat(p.currentDose()).isEqualTo("200 mg twice daily");
        assertThat(p.resumeDose()).isEqualTo("150 mg twice daily");
    }

    @Test
    void aDrugWithoutATableSaysSo() {
        DoseProposal p = modifier.propose("letrozole", "fatigue", 3, 1, null, false).get(0);
        assertThat(p.action()).isEqualTo("no-table");
        assertThat(p.text()).contains("follow the label");
    }

    @Test
    void everyTableInTheKnowledgeBaseIsCoveredAbove() {
        Set<String> tested = Set.of("palbociclib", "ribociclib", "abemaciclib", "alpelisib", "capivasertib", "inavolisib",
                "elacestrant", "olaparib", "trastuzumab deruxtecan", "sacituzumab govitecan", "trastuzumab", "pertuzumab",
                "capecitabine", "tucatinib");
        Set<String> tables = new TreeSet<>();
        CourseTestKnowledge.CK.doseModifications().stream().map(DoseModificationTable::drug).forEach(tables::add);
        assertThat(tables).isEqualTo(new TreeSet<>(tested));
    }
}
