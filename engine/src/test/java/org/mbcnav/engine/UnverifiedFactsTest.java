package org.mbcnav.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.ApprovalStatus;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.Warning;

/**
 * A fact marked unverified is never a hard rule and is always shown as unverified
 * (docs/knowledge-format.md): an unverified exclusion or contraindication becomes a warning on
 * the offered option, an unverified approval says so, and the regimen's own list of unverified
 * facts travels with the option. The shipped knowledge is copied and one regimen's rules are
 * marked unverified, so the same patient can be planned both ways.
 */
class UnverifiedFactsTest {
    private static final String RIBOCICLIB_AI = "hrp-1l-ai-ribociclib";

    @Test
    void anUnverifiedExclusionIsShownButNotApplied(@TempDir Path tmp) throws Exception {
        Patient p = TestKnowledge.example("hr-positive-visceral-crisis");
        Plan asShipped = new Planner(TestKnowledge.kb()).plan(p, TestKnowledge.AS_OF);
        assertThat(asShipped.options()).extracting(PlanOption::id).doesNotContain(RIBOCICLIB_AI);
        assertThat(asShipped.excluded()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(RIBOCICLIB_AI);
            assertThat(e.reasons()).anyMatch(r -> r.startsWith("Visceral crisis"));
        });

        Knowledge marked = knowledgeWithUnverifiedRibociclibRules(tmp);
        Plan plan = new Planner(marked).plan(read(marked, "hr-positive-visceral-crisis"), TestKnowledge.AS_OF);
        PlanOption option = plan.options().stream().filter(o -> o.id().equals(RIBOCICLIB_AI)).findFirst().orElseThrow();
        assertThat(option.warnings()).extracting(Warning::reason)
                .anyMatch(r -> r.startsWith("Visceral crisis") && r.endsWith("[unverified rule: shown, not applied]"));
        assertThat(plan.excluded()).noneMatch(e -> e.id().equals(RIBOCICLIB_AI));
    }

    @Test
    void anUnverifiedApprovalAndTheRegimensUnverifiedFactsAreShown(@TempDir Path tmp) throws Exception {
        Knowledge marked = knowledgeWithUnverifiedRibociclibRules(tmp);
        Plan plan = new Planner(marked).plan(read(marked, "hr-positive-de-novo-first-line"), TestKnowledge.AS_OF);
        PlanOption option = plan.options().stream().filter(o -> o.id().equals(RIBOCICLIB_AI)).findFirst().orElseThrow();
        ApprovalStatus us = option.approvals().stream().filter(a -> a.region().equals("US")).findFirst().orElseThrow();
        ApprovalStatus eu = option.approvals().stream().filter(a -> a.region().equals("EU")).findFirst().orElseThrow();
        assertThat(us.note()).endsWith("(approval details unverified)");
        assertThat(eu.note()).doesNotContain("unverified");
        assertThat(option.unverified()).isEqualTo(marked.regimen(RIBOCICLIB_AI).orElseThrow().unverified()).isNotEmpty();
    }

    /** The shipped knowledge with ribociclib + AI's visceral-crisis exclusion and US approval marked unverified. */
    private static Knowledge knowledgeWithUnverifiedRibociclibRules(Path tmp) throws Exception {
        Path dir = tmp.resolve("knowledge");
        copy(TestKnowledge.root().resolve("knowledge"), dir);
        Path file = dir.resolve("regimens/hr-positive-her2-negative.yaml");
        String yaml = Files.readString(file);
        int start = yaml.indexOf("  - id: " + RIBOCICLIB_AI + "\n");
        int end = yaml.indexOf("\n  - id: ", start + 1);
        String entry = yaml.substring(start, end);
        String marked = entry
                .replace("        sources: [abc4, review-visceral-crisis-2024]\n",
                        "        sources: [abc4, review-visceral-crisis-2024]\n        unverified: true\n")
                .replace("        sources: [fda-ribociclib-2017, fda-ribociclib-2018]\n",
                        "        sources: [fda-ribociclib-2017, fda-ribociclib-2018]\n        unverified: true\n");
        assertThat(marked.split("unverified: true", -1)).as("both rules this test marks are still in the entry").hasSize(3);
        Files.writeString(file, yaml.substring(0, start) + marked + yaml.substring(end));
        return new KnowledgeLoader().load(dir);
    }

    private static Patient read(Knowledge k, String example) throws Exception {
        return new PatientReader(k.drugs().keySet())
                .read(TestKnowledge.root().resolve("examples/patients/" + example + ".yaml"), TestKnowledge.AS_OF);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
