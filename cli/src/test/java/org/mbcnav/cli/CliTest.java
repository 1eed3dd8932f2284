package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `mbcnav` command as a user meets it: exit codes, messages, formats. */
class CliTest {
    private static final Path ROOT = GoldenPlanTest.ROOT;
    private static final String EXAMPLE = ROOT.resolve("examples/patients/hr-positive-pik3ca-after-cdk46.yaml").toString();

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--kb";
            full[args.length + 1] = ROOT.resolve("knowledge").toString();
            int code = args.length > 0 && args[0].equals("kb") && args.length > 1 && args[1].equals("diff")
                    ? Main.run(args) : Main.run(full);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void plansAnExampleInEveryFormat() {
        Run text = run("plan", EXAMPLE, "--as-of", "2026-11-01", "--color", "never");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Options (", "Ruled out (", "Missing tests", "supports the care team's decisions");
        Run json = run("plan", EXAMPLE, "--as-of", "2026-11-01", "--format", "json");
        assertThat(json.out()).startsWith("{").contains("\"knowledgeVersion\"", "\"options\"", "\"excluded\"", "\"disclaimer\"");
        Run md = run("plan", EXAMPLE, "--as-of", "2026-11-01", "--format", "markdown");
        assertThat(md.out()).startsWith("# MBC Navigator plan").contains("## Options", "| Option | Why |");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        String a = run("plan", EXAMPLE, "--as-of", "2026-11-01", "--format", "json").out();
        String b = run("plan", EXAMPLE, "--as-of", "2026-11-01", "--format", "json").out();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void badInputExitsWithTwoAndNamesTheField(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "id: x\nperson: {sex: female}\ndisease: {deNovoStageIV: true}\ntreatments:\n"
                + "  - {drugs: [letrozol], setting: metastatic, start: 2025-03-01, end: 2025-01-01}\n");
        Run r = run("plan", bad.toString(), "--as-of", "2026-11-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:5:", "/treatments/0/drugs/0", "unknown drug 'letrozol'", "/treatments/0/end")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void missingFileUnknownFormatAndUnknownOptionAreClearErrors() {
        assertThat(run("plan", "no-such-file.yaml").err()).contains("no such file");
        Run f = run("plan", EXAMPLE, "--format", "pdf");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("unknown format 'pdf'");
        Run o = run("explain", EXAMPLE, "--option", "no-such-regimen", "--as-of", "2026-11-01");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no option or exclusion with id 'no-such-regimen'");
    }

    @Test
    void explainShowsTheTraceOfOneOption() {
        Run r = run("explain", EXAMPLE, "--option", "hrp-pam-capivasertib-fulvestrant", "--as-of", "2026-11-01", "--color", "never");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("outcome: offered", "Eligibility (all must hold)", "[yes]", "PIK3CA", "Sources");
        Run d = run("explain", EXAMPLE, "--as-of", "2026-11-01", "--color", "never");
        assertThat(d.out()).contains("endocrineSensitivity", "line 1");
    }

    @Test
    void kbCommandsWork() {
        Run validate = run("kb", "validate");
        assertThat(validate.code()).isZero();
        // codes still missing are warnings, listed by name, and do not make the knowledge invalid
        assertThat(validate.out()).contains("valid.", "warning: ", "without an RxNorm ingredient code", "camizestrant");
        assertThat(run("kb", "list").out()).contains("hrp-1l-ai-ribociclib");
        assertThat(run("kb", "show", "hrp-1l-ai-ribociclib").out()).contains("MONALEESA");
        Run diff = run("kb", "diff", ROOT.resolve("knowledge").toString(), ROOT.resolve("knowledge").toString());
        assertThat(diff.out()).contains("0 change(s)");
    }
}
