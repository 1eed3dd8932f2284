package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing on a full disk, with the kernel's own "no space left": standard output to /dev/full,
 * and files into a small tmpfs filled to the last byte (mounted by the test, so only as root;
 * skipped with the reason otherwise). Every command must fail with a message naming what could
 * not be written and why, exit non-zero, leave every earlier file byte for byte as it was, and
 * leave no temporary file behind.
 */
class DiskFullTest {
    private static final Path ROOT = Cli.root();
    private static final String KB = "--kb=" + ROOT.resolve("knowledge");
    private static final String PATIENT = ROOT.resolve("examples/patients/hr-positive-pik3ca-after-cdk46.yaml").toString();

    @TempDir
    Path tmp;

    private static Cli run(String... args) {
        return Cli.exactly(args);
    }

    @Test
    void standardOutputToDevFullIsAnErrorNotASilentSuccess() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this system");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "plan",
                PATIENT, KB, "--as-of=2026-11-01").redirectOutput(full).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("error: cannot write to standard output: No space left on device");
        assertThat(err).doesNotContain("\tat ");
    }

    @Test
    void filesOnAFullFileSystemFailClearlyAndNothingEarlierIsTruncated() throws Exception {
        // A population to plan, made on the normal disk.
        Path population = tmp.resolve("pop");
        Cli synth = run("synth", "--patients", "5", "--seed", "3", "--out", population.toString(), KB);
        assertThat(synth.exit()).as(synth.err()).isZero();

        Path disk = Files.createDirectory(tmp.resolve("small-disk"));
        assumeTrue(mountTmpfs(disk), "not root or mount not permitted: the full-disk file test needs a tmpfs");
        try {
            // What a user keeps there already.
            Path course = disk.resolve("course.yaml");
            Files.copy(ROOT.resolve("examples/courses/hr-positive-multi-year.yaml"), course);
            Path ics = write(disk.resolve("monitoring.ics"), "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
            Path html = write(disk.resolve("report.html"), "<html>earlier report</html>\n");
            Path cohortOut = Files.createDirectory(disk.resolve("cohort"));
            write(cohortOut.resolve("plans.ndjson"), "{\"earlier\":true}\n");
            write(cohortOut.resolve("aggregates.json"), "{\"earlier\":true}\n");
            Path synthOut = Files.createDirectory(disk.resolve("synth"));
            write(synthOut.resolve("Patient.ndjson"), "{\"earlier\":true}\n");
            write(synthOut.resolve("manifest.json"), "{\"earlier\":true}\n");
            Map<Path, byte[]> before = snapshot(disk);
            fill(disk);

            List<Cli> runs = new ArrayList<>();
            runs.add(expectFailure(run("course", "add-ae", course.toString(), "--date", "2026-06-20", "--term", "diarrhea",
                    "--grade", "2", KB), course));
            runs.add(expectFailure(run("course", "ics", course.toString(), "--out", ics.toString(), "--as-of", "2026-06-08",
                    KB), ics));
            runs.add(expectFailure(run("report", PATIENT, "--html", html.toString(), "--as-of", "2026-11-01", KB), html));
            runs.add(expectFailure(run("cohort", population.toString(), "--as-of", "2026-06-01", "--out",
                    cohortOut.toString(), "--threads", "1", "--progress", "never", KB), cohortOut.resolve("plans.ndjson")));
            runs.add(expectFailure(run("synth", "--patients", "50", "--out", synthOut.toString(), KB), synthOut));
            assertThat(runs).hasSize(5);

            Path filler = disk.resolve("filler");
            Files.delete(filler);
            assertThat(snapshot(disk)).as("every earlier file as it was, and no temporary file left")
                    .containsOnlyKeys(before.keySet())
                    .allSatisfy((path, bytes) -> assertThat(bytes).as(path.toString()).isEqualTo(before.get(path)));
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Cli expectFailure(Cli r, Path named) {
        assertThat(r.exit()).as(r.out() + r.err()).isNotZero();
        assertThat(r.err()).as("names the file and the reason").contains(named.toString()).contains("No space left on device");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("unexpected failure");
        return r;
    }

    private static boolean mountTmpfs(Path dir) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            if (!ok) {
                System.out.println("DiskFullTest: skipped, mount failed: " + out.trim());
            }
            return ok;
        } catch (IOException e) {
            System.out.println("DiskFullTest: skipped, no mount command: " + e.getMessage());
            return false;
        }
    }

    /** Writes zeros until the file system says it is full. */
    private static void fill(Path disk) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
        // Small writes too, down to the last byte.
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"), java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
    }

    private static Path write(Path p, String text) throws IOException {
        return Files.writeString(p, text);
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("filler")).toList()) {
                out.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
