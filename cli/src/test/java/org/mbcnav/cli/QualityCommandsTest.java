package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mbcnav eval`, `mbcnav kb coverage` and `mbcnav kb release-notes`: output, exit codes, bad input. */
class QualityCommandsTest {
    private static final Path ROOT = GoldenPlanTest.ROOT;

    @Test
    void evalExitsZeroWhenEveryCasePassesAndPrintsFiguresWithDenominators() {
        CliTest.Run r = CliTest.run("eval", ROOT.resolve("evaluation/coverage-cases.yaml").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("PASS camizestrant-switch-esr1-emergent-on-first-line")
                .contains("recall (expected options offered)              1/1 (100.0 %)")
                .contains("exact-match (US on-label set = exactOptions)   0/0 (nothing measured)");
    }

    @Test
    void evalExitsOneWhenACaseFailsAndNamesIt(@TempDir Path dir) throws Exception {
        String cases = Files.readString(ROOT.resolve("evaluation/coverage-cases.yaml"))
                .replace("mustOffer: [hrp-esr1-switch-camizestrant-cdk46]", "mustOffer: [hrp-esr1-elacestrant]");
        Path file = dir.resolve("failing.yaml");
        Files.writeString(file, cases);
        CliTest.Run r = CliTest.run("eval", file.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"recall\" : {").contains("\"count\" : 0").contains("must offer hrp-esr1-elacestrant");
    }

    @Test
    void evalReportsABadCasesFileWithPositionsAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "asOf: 2026-11-28\ncases:\n  - id: x\n    mustOffer: [no-such-thing]\n    patient: {person: {sex: female}}\n");
        CliTest.Run r = CliTest.run("eval", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:4:17 /cases/0/mustOffer/0: 'no-such-thing' is not a regimen id or a drug name");
    }

    @Test
    void coverageCountsEntriesAndCasesAsText() {
        CliTest.Run r = CliTest.run("kb", "coverage", ROOT.resolve("examples/patients").toString(),
                ROOT.resolve("evaluation").toString(), "--as-of", "2026-11-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("entries offered by at least one case   75/75 (100.0 %)")
                .contains("entries never offered (0):").contains("criteria never seen false (untested), by entry:");
    }

    @Test
    void coverageAsJsonHasTheSummaryAndEveryEntry() {
        CliTest.Run r = CliTest.run("kb", "coverage", ROOT.resolve("evaluation/coverage-cases.yaml").toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"entriesOffered\" : {").contains("\"id\" : \"hrp-esr1-switch-camizestrant-cdk46\"")
                .contains("\"path\" : \"eligibility[5].not\"");
    }

    @Test
    void releaseNotesAreWrittenAsMarkdown(@TempDir Path dir) {
        Path out = dir.resolve("notes.md");
        String kb = ROOT.resolve("knowledge").toString();
        int code = Main.run("kb", "release-notes", kb, kb, "--cases", ROOT.resolve("evaluation/coverage-cases.yaml").toString(),
                "-o", out.toString());
        assertThat(code).isZero();
        assertThat(out).content().contains("### Changes (0)").contains("0 of 1 case(s) have a different set of offered options.");
    }
}
