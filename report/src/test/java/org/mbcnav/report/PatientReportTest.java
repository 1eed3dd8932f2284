package org.mbcnav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mbcnav.model.plan.Plan;

/** The patient report of every example patient: plain language (grade 8 or below) and complete. */
class PatientReportTest {
    static final double MAX_GRADE = 8.0;

    @Test
    void everyExamplePatientsReportReadsAtGradeEightOrBelow() throws Exception {
        PatientReport report = new PatientReport(Examples.knowledge(), Examples.language());
        List<String> tooHard = new ArrayList<>();
        List<Path> files = Examples.patients();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            String html = report.document(Examples.plan(f), null);
            Readability.Score s = Readability.measure(Readability.textOfHtml(html));
            System.out.printf("%-50s FK grade %.2f (%d words, %d sentences)%n", f.getFileName(), s.grade(), s.words(),
                    s.sentences());
            assertThat(s.words()).as(f.toString()).isGreaterThan(300);
            if (s.grade() > MAX_GRADE) {
                tooHard.add(f.getFileName() + ": " + String.format("%.2f", s.grade()));
            }
        }
        assertThat(tooHard).as("reports above grade " + MAX_GRADE).isEmpty();
    }

    @Test
    void reportHasEverySectionTheDisclaimerAndNoNulls() throws Exception {
        Plan plan = Examples.plan(Examples.ROOT.resolve("examples/patients/hr-positive-de-novo-first-line.yaml"));
        String html = new PatientReport(Examples.knowledge(), Examples.language()).document(plan, null);
        assertThat(html).contains("About your cancer", "Treatments your team may talk with you about", "About each medicine",
                "How it is given", "How often", "Common side effects and what helps", "Tests and check-ups",
                "Support for you", "Palliative care", "Questions to ask your care team",
                Examples.language().disclaimer());
        assertThat(html).doesNotContain("null");
        // An aromatase inhibitor with a CDK4/6 inhibitor is the first option here: both explained from data.
        assertThat(html).contains("Hot flashes and sweats");
    }

    @Test
    void openTrialsThatMayFitAreNamedInPlainWords() throws Exception {
        Plan plan = Examples.plan(Examples.ROOT.resolve("examples/patients/hr-positive-de-novo-first-line.yaml"));
        var open = new org.mbcnav.model.plan.TrialMatch("NCT00000001", "A Phase 3 Randomized Study", null, "possible",
                List.of(), List.of(), List.of(), List.of(), "RECRUITING", "PHASE3", null, null);
        var closed = new org.mbcnav.model.plan.TrialMatch("NCT00000002", "Another study", null, "eligible",
                List.of(), List.of(), List.of(), List.of(), "COMPLETED", "PHASE2", null, null);
        var no = new org.mbcnav.model.plan.TrialMatch("NCT00000003", "Not this one", null, "ineligible",
                List.of(), List.of(), List.of(), List.of(), "RECRUITING", "PHASE2", null, null);
        String html = new PatientReport(Examples.knowledge(), Examples.language())
                .document(plan.withTrials(List.of(open, closed, no)), null);
        assertThat(html).contains("Research studies", "NCT00000001").doesNotContain("NCT00000002", "NCT00000003");
        assertThat(Readability.measure(Readability.textOfHtml(html)).grade()).isLessThanOrEqualTo(MAX_GRADE);
    }

    @Test
    void aMedicineWithoutPlainLanguageDataGetsNoInventedText() throws Exception {
        var empty = new PatientLanguage(Examples.language().lastReviewed(), Examples.language().subtypes(),
                Examples.language().metastatic(), List.of(), Examples.language().monitoring(), Examples.language().services(),
                Examples.language().questions(), Examples.language().disclaimer());
        Plan plan = Examples.plan(Examples.ROOT.resolve("examples/patients/hr-positive-de-novo-first-line.yaml"));
        String html = new PatientReport(Examples.knowledge(), empty).document(plan, null);
        assertThat(html).contains("Ask your team how these are given, how often, and what side effects they can have.");
        assertThat(html).doesNotContain("Common side effects and what helps");
    }

    @Test
    void patientLanguageIsCheckedAgainstTheKnowledgeBase() throws Exception {
        var reader = new PatientLanguageReader(java.util.Set.of("abc4"), Examples.knowledge().drugs().keySet(),
                Examples.knowledge().classes().keySet());
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(org.mbcnav.io.InputException.class,
                () -> reader.read(Examples.ROOT.resolve("knowledge")));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).startsWith("/patientLanguage/");
            assertThat(p.message()).contains("unknown source id");
            assertThat(p.line()).isPositive();
        });
    }
}
