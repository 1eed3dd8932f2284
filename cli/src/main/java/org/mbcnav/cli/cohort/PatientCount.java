package org.mbcnav.cli.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The number of lines of the export's Patient files: the total the progress bar counts towards. */
final class PatientCount {
    private PatientCount() {
    }

    static long estimate(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("Patient") && p.toString().endsWith(".ndjson"))
                    .mapToLong(PatientCount::lines).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long lines(Path p) {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    n += buf[i] == '\n' ? 1 : 0;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return n;
    }
}
