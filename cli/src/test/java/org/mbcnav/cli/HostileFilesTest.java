package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files given to the command line's readers: native patients, FHIR bundles, course files
 * and trial records nested 10,000 deep, holding a 50 MB string, or built as YAML alias bombs; a trial
 * record whose id is a path. Each ends with a non-zero exit and a message naming the file, without
 * a stack trace, and writes nothing outside where it was told to.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static final String DEEP_JSON = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String FIFTY_MB = "x".repeat(50 * 1024 * 1024);

    private static String laughs() {
        StringBuilder b = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            b.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1);
            b.append(", *l").append(i - 1).append(", *l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        return b.toString();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void refused(Cli r, Path file) {
        assertThat(r.exit()).as(r.err()).isNotZero();
        assertThat(r.clean()).as(r.err()).isTrue();
        assertThat(r.err()).contains(file.getFileName().toString());
        assertThat(r.err().length()).as("the message stays short").isLessThan(20_000);
    }

    /** trials import takes no --as-of, so it goes through CliTest's runner (which adds --kb only). */
    private static Cli trialsImport(Path study, Path into) {
        CliTest.Run r = CliTest.run("trials", "import", study.toString(), "--into", into.toString());
        return new Cli(r.code(), r.out(), r.err());
    }

    @Test
    void nativePatientFiles() throws Exception {
        Path deep = file("deep.json", "{\"id\":\"p\",\"x\":" + DEEP_JSON + "}");
        refused(Cli.run("plan", deep.toString()), deep);
        Path deepYaml = file("deep.yaml", "id: p\nx: " + DEEP_JSON + "\n");
        refused(Cli.run("plan", deepYaml.toString()), deepYaml);
        Path huge = file("huge.json", "{\"id\":\"p\",\"tumor\":{\"histology\":\"" + FIFTY_MB + "\"}}");
        refused(Cli.run("plan", huge.toString()), huge);
        Path bomb = file("bomb.yaml", "id: p\nperson: {sex: female}\n" + laughs());
        Cli r = Cli.run("plan", bomb.toString());
        refused(r, bomb);
        assertThat(r.err()).contains("YAML aliases");
    }

    @Test
    void fhirBundles() throws Exception {
        Path deep = file("deep-bundle.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"x\":" + DEEP_JSON + "}");
        refused(Cli.run("import", deep.toString()), deep);
        Path huge = file("huge-bundle.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"" + FIFTY_MB + "\"}}]}");
        refused(Cli.run("import", huge.toString()), huge);
    }

    @Test
    void courseFiles() throws Exception {
        Path deep = file("deep-course.yaml", "id: c\npatient: " + DEEP_JSON + "\n");
        refused(Cli.run("course", "status", deep.toString()), deep);
        Path bomb = file("bomb-course.yaml", "id: c\n" + laughs());
        refused(Cli.run("course", "status", bomb.toString()), bomb);
        Path huge = file("huge-course.yaml", "id: c\ntitle: \"" + FIFTY_MB + "\"\n");
        refused(Cli.run("course", "status", huge.toString()), huge);
    }

    @Test
    void trialRecordsCannotNameAFileOutsideTheTrialFolder() throws Exception {
        Path into = Files.createDirectories(dir.resolve("trials"));
        Path study = file("study.json", "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"../../escaped\"}}}");
        Cli r = trialsImport(study, into);
        refused(r, study);
        assertThat(r.err()).contains("not an NCT id");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("escaped"));
        }
        Path deep = file("deep-study.json", "{\"protocolSection\":" + DEEP_JSON + "}");
        refused(trialsImport(deep, into), deep);
        try (Stream<Path> files = Files.list(into)) {
            assertThat(files).isEmpty();
        }
    }
}
