package org.mbcnav.cli.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.cli.Main;

/** The `mbcnav course` commands end to end on the example course (copied to a temporary folder when changed). */
class CourseCommandsTest {
    private static final Path EXAMPLE = Path.of("examples/courses/hr-positive-multi-year.yaml");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    /** Runs the real entry point (with its failure handling), capturing what it prints. */
    private static synchronized Run run(String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void replayShowsTimelineResponsesToxicitiesAndPlanChanges() {
        Run r = run("course", "replay", EXAMPLE.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("RECIST 1.1 §4.3.1").contains("Scan: RECIST PR").contains("Scan: RECIST PD")
                .contains("Neutrophil count decreased grade 3").contains("proposal: palbociclib: hold")
                .contains("Re-plan: ctDNA newly detected ESR1 Y537S").contains("+ option #1 Elacestrant")
                .contains("does not replace them");
    }

    @Test
    void addRefusesBadInputNamingTheFieldAndKeepsTheFile() throws Exception {
        Path c = tmp.resolve("c.yaml");
        Files.copy(EXAMPLE, c);
        String before = Files.readString(c);
        Run bad = run("course", "add-ae", c.toString(), "--date", "2026-06-20", "--term", "diarrhea", "--grade", "7");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("/events/21/grade");
        Run notBaseline = run("course", "add-scan", c.toString(), "--date", "2026-06-20", "--lesion", "id=ZZ,mm=4");
        assertThat(notBaseline.code()).isEqualTo(2);
        assertThat(notBaseline.err()).contains("/events/21/lesions").contains("'ZZ'");
        Run badDrug = run("course", "add-event", c.toString(), "--yaml", "{type: start-treatment, date: 2026-06-20, drugs: [unobtainium]}");
        assertThat(badDrug.code()).isEqualTo(2);
        assertThat(badDrug.err()).contains("/events/21/drugs/0");
        assertThat(Files.readString(c)).isEqualTo(before);
    }

    @Test
    void addAppendsKeepingCommentsAndReplaysTheNewEvent() throws Exception {
        Path c = tmp.resolve("c.yaml");
        Files.copy(EXAMPLE, c);
        Run ae = run("course", "add-ae", c.toString(), "--date", "2026-06-20", "--lab", "anc=0.4", "--lln", "1.8");
        assertThat(ae.code()).as(ae.err()).isZero();
        assertThat(ae.out()).contains("grade 4").contains("trastuzumab deruxtecan: hold");
        Run ct = run("course", "add-ctdna", c.toString(), "--date", "2026-06-21", "--finding", "gene=PIK3CA,result=pathogenic,alteration=H1047R");
        assertThat(ct.code()).as(ct.err()).isZero();
        Run pd = run("course", "progress", c.toString(), "--date", "2026-06-25", "--basis", "clinical", "--site", "brain");
        assertThat(pd.code()).as(pd.err()).isZero();
        assertThat(pd.out()).contains("closed: progression");
        String text = Files.readString(c);
        assertThat(text).startsWith("# A full multi-year course").contains("type: progression").contains("- brain");
        Run replay = run("course", "replay", c.toString());
        assertThat(replay.code()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Re-plan: ctDNA newly detected PIK3CA H1047R");
    }

    @Test
    void icsExportIsRfc5545() throws Exception {
        Path ics = tmp.resolve("x.ics");
        Run r = run("course", "ics", EXAMPLE.toString(), "--out", ics.toString(), "--as-of", "2026-06-08");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT").contains("DTSTART;VALUE=DATE:2026-06-29".replace("-", ""))
                .doesNotContain("\n\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void statusNamesOverdueMonitoring() {
        Run r = run("course", "status", EXAMPLE.toString(), "--as-of", "2026-07-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Line 3 since 2026-02-23").contains("OVERDUE:").contains("Next monitoring:");
    }

    @Test
    void icsLinesAreFoldedAtSeventyFiveOctets() {
        StringBuilder b = new StringBuilder();
        IcsWriter.line(b, "DESCRIPTION:" + "é".repeat(60));
        for (String line : b.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(b.toString().replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "é".repeat(60) + "\r\n");
    }
}
