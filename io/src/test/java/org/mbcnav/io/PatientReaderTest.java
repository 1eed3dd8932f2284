package org.mbcnav.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.Patient;

/** Bad input gets a clear error naming the field and its position; several problems come together. */
class PatientReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private final PatientReader reader = new PatientReader(Set.of("letrozole", "palbociclib", "paroxetine"));

    private List<InputProblem> problems(String text) {
        try {
            reader.read(text, "p.yaml", AS_OF);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be rejected");
    }

    @Test
    void readsAValidPatient() throws InputException {
        Patient p = reader.read("""
                id: ok-1
                person: {sex: female, birthDate: 1960-01-02, menopausalStatus: postmenopausal, ecog: 1}
                disease: {deNovoStageIV: true, metastaticDiagnosisDate: 2025-01-01}
                treatments:
                  - {drugs: [letrozole, palbociclib], setting: metastatic, start: 2025-01-10}
                """, "p.yaml", AS_OF);
        assertThat(p.person().menopausalStatus()).isEqualTo(MenopausalStatus.POSTMENOPAUSAL);
        assertThat(p.treatments().get(0).drugs()).containsExactly("letrozole", "palbociclib");
        assertThat(p.health().comorbiditiesRecorded()).isFalse();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        List<InputProblem> p = problems("{\n  \"id\": \"x\",\n  \"person\": {\"sex\": \"female\",}\n}");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).message()).startsWith("not valid JSON");
    }

    @Test
    void malformedYamlNamesTheLine() {
        List<InputProblem> p = problems("id: x\nperson: {sex: female\ndisease: {}\n");
        assertThat(p.get(0).message()).startsWith("not valid YAML");
        assertThat(p.get(0).line()).isGreaterThan(1);
    }

    @Test
    void schemaProblemsAreReportedTogetherWithPositions() {
        List<InputProblem> p = problems("""
                id: x
                person: {sex: woman, ecog: 7}
                tumor:
                  biopsies:
                    - {date: 2024-01-01, erPercent: 90, hr2: {ihc: "1+"}}
                disease: {deNovoStageIV: "yes"}
                """);
        assertThat(p).hasSizeGreaterThanOrEqualTo(4);
        assertThat(p).anyMatch(x -> x.pointer().equals("/person/sex") && x.line() == 2);
        assertThat(p).anyMatch(x -> x.pointer().equals("/person/ecog"));
        assertThat(p).anyMatch(x -> x.pointer().equals("/tumor/biopsies/0/hr2") && x.message().equals("unknown field 'hr2'")
                && x.line() == 5);
        assertThat(p).anyMatch(x -> x.pointer().equals("/disease/deNovoStageIV"));
    }

    @Test
    void impossibleCalendarDatesAreNamed() {
        List<InputProblem> p = problems("id: x\nperson: {sex: female, birthDate: 1960-02-30}\ndisease: {deNovoStageIV: true}\n");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/person/birthDate");
            assertThat(x.message()).contains("not a real calendar date");
        });
    }

    @Test
    void clinicalContradictionsAndImpossibleDatesAreReportedTogether() {
        List<InputProblem> p = problems("""
                id: x
                person: {sex: male, birthDate: 1960-01-02, menopausalStatus: postmenopausal}
                disease: {primaryDiagnosisDate: 2020-01-01, deNovoStageIV: true, metastaticDiagnosisDate: 2019-06-01}
                treatments:
                  - {drugs: [letrozole], setting: adjuvant, start: 2020-03-01, end: 2020-02-01}
                  - {drugs: [tamoxifenn], setting: metastatic, start: 2027-01-01}
                health: {medications: [paroxetine, aspirinx]}
                """);
        assertThat(p).extracting(InputProblem::pointer).contains(
                "/person/menopausalStatus",
                "/disease/metastaticDiagnosisDate",
                "/treatments/0/end",
                "/treatments/0/setting",
                "/treatments/1/drugs/0",
                "/treatments/1/start",
                "/health/medications/1");
        assertThat(p).anyMatch(x -> x.message().contains("after the as-of date 2026-11-01"));
        assertThat(p).anyMatch(x -> x.message().contains("unknown drug 'tamoxifenn'"));
        assertThat(p).allMatch(x -> x.line() > 0);
    }

    @Test
    void hostileYamlIsRejected() {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        assertThatThrownBy(() -> reader.read(laughs, "bomb.yaml", AS_OF)).isInstanceOf(InputException.class);
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> reader.read(deep, "deep.json", AS_OF)).isInstanceOf(InputException.class)
                .hasMessageContaining("deep.json");
    }

    @Test
    void duplicateKeysAreErrors() {
        List<InputProblem> p = problems("id: x\nid: y\nperson: {sex: female}\ndisease: {deNovoStageIV: true}\n");
        assertThat(p).anyMatch(x -> x.message().contains("appears twice") || x.message().contains("Duplicate"));
    }

    /** Found by PatientReaderFuzzTest: the nesting-depth limit used to be reported without a line. */
    @Test
    void tooDeepNestingIsReportedWithItsPosition() {
        List<InputProblem> p = problems("{\"id\": " + "[".repeat(80) + "]".repeat(80) + "}");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).message()).contains("nesting depth");
        assertThat(p.get(0).line()).isEqualTo(1);
        assertThat(p.get(0).column()).isGreaterThan(60);
    }
}
