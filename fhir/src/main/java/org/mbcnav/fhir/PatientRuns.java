package org.mbcnav.fhir;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which lines of one NDJSON file belong to which patient, written down by the order check of
 * {@link SortedExport} so that the merge reads the file a second time without parsing a line.
 * A file ordered by patient is a sequence of runs: some lines that belong to no patient (blank,
 * malformed, Medications, resources without a patient, all dealt with by the check), then one or
 * more consecutive lines of one patient. Each run is one record (lines to skip, patient id, lines
 * of the patient) in a temporary file, not in memory, so memory does not grow with the export.
 */
final class PatientRuns {
    private static final int END = -1;

    private PatientRuns() {
    }

    /** Records the patient lines of one file, in line order. */
    static final class Writer implements Closeable {
        private final DataOutputStream out;
        private String key;
        private int skip;
        private int count;
        private int lastLine;

        Writer(Path file) throws IOException {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        /** Line {@code lineNumber} (from 1, increasing) belongs to patient {@code patientId}. */
        void add(String patientId, int lineNumber) throws IOException {
            if (lineNumber == lastLine + 1 && patientId.equals(key)) {
                count++;
            } else {
                flush();
                skip = lineNumber - lastLine - 1;
                key = patientId;
                count = 1;
            }
            lastLine = lineNumber;
        }

        private void flush() throws IOException {
            if (key != null) {
                out.writeInt(skip);
                byte[] k = key.getBytes(StandardCharsets.UTF_8);
                out.writeInt(k.length);
                out.write(k);
                out.writeInt(count);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
                out.writeInt(END);
            } finally {
                out.close();
            }
        }
    }

    /** Reads the runs back, one at a time. */
    static final class Reader implements Closeable {
        private final DataInputStream in;
        /** Lines to skip before the run, its patient id and its number of lines; patientId is null after the last run. */
        int skip;
        String patientId;
        int lines;

        Reader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        /** Moves to the next run; false (and patientId null) after the last. */
        boolean next() throws IOException {
            skip = in.readInt();
            if (skip == END) {
                patientId = null;
                lines = 0;
                return false;
            }
            byte[] k = new byte[in.readInt()];
            in.readFully(k);
            patientId = new String(k, StandardCharsets.UTF_8);
            lines = in.readInt();
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
