package org.mbcnav.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.knowledge.Knowledge;

/** The shipped knowledge base is valid, and `kb validate` reports every kind of problem at once. */
class KnowledgeLoaderTest {
    private static final Path KNOWLEDGE = Path.of(System.getProperty("mbcnav.root", "..")).resolve("knowledge");

    @Test
    void shippedKnowledgeIsValidAndCitesItsSources() throws InputException {
        Knowledge k = new KnowledgeLoader().load(KNOWLEDGE);
        assertThat(k.regimens()).hasSizeGreaterThan(50);
        assertThat(k.regimens()).allSatisfy(r -> {
            assertThat(r.sources()).as(r.id()).isNotEmpty();
            assertThat(r.lastReviewed()).as(r.id()).isNotNull();
        });
        assertThat(k.classesOf("letrozole")).contains("aromatase-inhibitor", "endocrine-therapy");
        assertThat(k.release().version()).isNotBlank();
    }

    @Test
    void reportsEveryProblemTogether(@TempDir Path tmp) throws IOException {
        Path dir = copy(KNOWLEDGE, tmp.resolve("kb"));
        Files.writeString(dir.resolve("regimens/zz-broken.yaml"), """
                regimens:
                  - id: broken-one
                    title: Broken
                    group: hr-positive-her2-negative
                    modalities: [hormone, magic]
                    components:
                      - drug: unobtainium
                    category: preferred
                    eligibility:
                      - hormonReceptor: positive
                      - line: {max: one}
                    exclusions:
                      - when: {visceralCrisis: true}
                        reason: no source
                    sources: [no-such-source]
                    lastReviewed: 2026-13-01
                    colour: blue
                  - id: hrp-1l-ai-ribociclib
                    title: Duplicate id
                    group: hr-positive-her2-negative
                    modalities: [hormone]
                    components: [{drug: letrozole}]
                    category: other
                    sources: [abc4]
                    lastReviewed: 2026-11-28
                """);
        List<InputProblem> problems = new KnowledgeLoader().validate(dir);
        assertThat(problems).extracting(InputProblem::message).anySatisfy(m -> assertThat(m).contains("'magic' is not one of"))
                .anySatisfy(m -> assertThat(m).contains("unknown criterion 'hormonReceptor'"))
                .anySatisfy(m -> assertThat(m).contains("expected a number"))
                .anySatisfy(m -> assertThat(m).contains("is not a date"))
                .anySatisfy(m -> assertThat(m).contains("unknown field 'colour'"))
                .anySatisfy(m -> assertThat(m).contains("unknown drug 'unobtainium'"))
                .anySatisfy(m -> assertThat(m).contains("cites unknown source 'no-such-source'"))
                .anySatisfy(m -> assertThat(m).contains("cites no source"))
                .anySatisfy(m -> assertThat(m).contains("the id 'hrp-1l-ai-ribociclib' is used twice"));
        assertThat(problems).filteredOn(p -> p.file() != null && p.file().endsWith("zz-broken.yaml"))
                .allMatch(p -> p.line() > 0);
    }

    @Test
    void codesStillMissingAreReportedAsGaps(@TempDir Path tmp) throws IOException, InputException {
        Path dir = copy(KNOWLEDGE, tmp.resolve("kb"));
        Path drugs = dir.resolve("drugs.yaml");
        String drugYaml = Files.readString(drugs);
        assertThat(drugYaml).contains("  - name: letrozole\n    rxnorm: \"72965\"\n");
        String anastrozoleChecked = "  - name: anastrozole\n    rxnorm: \"84857\"\n    rxnormVerified: true\n";
        assertThat(drugYaml).contains(anastrozoleChecked);
        Files.writeString(drugs, drugYaml.replace("  - name: letrozole\n    rxnorm: \"72965\"\n", "  - name: letrozole\n")
                .replace(anastrozoleChecked, anastrozoleChecked.replace("rxnormVerified: true", "rxnormVerified: false")));
        Path genes = dir.resolve("genes.yaml");
        String geneYaml = Files.readString(genes);
        int esr1 = geneYaml.indexOf("  - symbol: ESR1\n");
        int verified = geneYaml.indexOf("    verified: true\n", esr1);
        Files.writeString(genes, geneYaml.substring(0, verified) + "    verified: false\n"
                + geneYaml.substring(verified + "    verified: true\n".length()));

        VerificationGaps gaps = VerificationGaps.of(new KnowledgeLoader().load(dir));
        assertThat(gaps.drugsWithoutRxnorm()).contains("letrozole");
        assertThat(gaps.drugsWithUncheckedRxnorm()).containsExactly("anastrozole");
        assertThat(gaps.genesWithoutCheckedHgnc()).containsExactly("ESR1");
        assertThat(gaps.warnings()).hasSize(3).anyMatch(w -> w.contains("letrozole"))
                .anyMatch(w -> w.endsWith("not checked against a source: anastrozole")).anyMatch(w -> w.endsWith(": ESR1"));
    }

    @Test
    void medicationCodeSystemsAndGroupMembersAreChecked(@TempDir Path tmp) throws IOException {
        Path dir = copy(KNOWLEDGE, tmp.resolve("kb"));
        Path codes = dir.resolve("medication-codes.yaml");
        Files.writeString(codes, Files.readString(codes) + """
                  - {code: "0002-1717", system: ndc, ingredient: imlunestrant}
                  - {code: "72965", system: snomed, ingredient: letrozole}
                  - {code: "72965", ingredient: letrozole}
                  - {code: "wc1u3r1ymi", system: unii, ingredient: vepdegestrant}
                  - {code: "L72965", system: rxnorm, ingredient: letrozole}
                """);
        Path drugs = dir.resolve("drugs.yaml");
        String members = "    rxnormMembers: [\"253182\", ";
        String letrozole = "  - name: letrozole\n    rxnorm: \"72965\"\n";
        String drugYaml = Files.readString(drugs);
        assertThat(drugYaml).contains(members, letrozole);
        Files.writeString(drugs, drugYaml.replace(members, "    rxnormMembers: [\"999999999\", \"253182\", ")
                .replace(letrozole, letrozole + "    rxnormMembers: [\"72965\"]\n"));

        List<InputProblem> problems = new KnowledgeLoader().validate(dir);
        assertThat(problems).extracting(InputProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'0002-1717' is not a well-formed ndc code"))
                .anySatisfy(m -> assertThat(m).contains("'snomed' is not one of [ndc, rxnorm, unii]"))
                .anySatisfy(m -> assertThat(m).contains("the required field 'system' is missing"))
                .anySatisfy(m -> assertThat(m).contains("'wc1u3r1ymi' is not a well-formed unii code"))
                .anySatisfy(m -> assertThat(m).contains("'L72965' is not a well-formed rxnorm code"))
                .anySatisfy(m -> assertThat(m).contains("member code 999999999 is not in medication-codes.yaml"))
                .anySatisfy(m -> assertThat(m).contains("has both 'rxnorm' and 'rxnormMembers'"));
    }

    @Test
    void everyDrugStillWithoutACodeIsInTheVerificationLog() throws InputException, IOException {
        VerificationGaps gaps = VerificationGaps.of(new KnowledgeLoader().load(KNOWLEDGE));
        String log = Files.readString(KNOWLEDGE.resolveSibling("docs").resolve("verification-log.md"));
        assertThat(gaps.drugsWithoutRxnorm()).isNotEmpty().allSatisfy(d -> assertThat(log).as(d).contains(d));
        assertThat(gaps.drugsWithoutRxnorm()).doesNotContain("elacestrant", "capivasertib", "ritonavir", "verapamil", "sotalol");
        // insulin is a group coded by its members' ingredient codes.
        assertThat(gaps.drugsWithoutRxnorm()).doesNotContain("insulin");
        assertThat(new KnowledgeLoader().load(KNOWLEDGE).drugs().get("insulin").rxnormIngredients()).contains("274783", "86009");
        assertThat(gaps.drugsWithUncheckedRxnorm()).isEmpty();
        assertThat(gaps.genesWithoutCheckedHgnc()).isEmpty();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
