package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The fast path of {@link BulkExportReader#group} for an export whose per-type files are each
 * ordered by patient id (as many servers, and `mbcnav synth`, write them). A first pass over
 * the files (in parallel, a file at a time per thread) checks the order and collects what
 * belongs to no patient: malformed lines, Medications, unattached resources. If every file is
 * ordered, a second pass merges the files like a k-way merge sort and hands each patient to the
 * sink as soon as every file has moved past her: no temporary files, memory of one line per
 * file plus one patient. The groups, their lines (file order, then line order) and the order of patients
 * (ids sorted) are what the general path gives for an export of one partition. The first file
 * found out of order stops the check, and the caller takes the general path.
 */
final class SortedExport {
    private final BulkExportReader reader;
    private final BulkLineParser lineParser;

    SortedExport(BulkExportReader reader, BulkLineParser lineParser) {
        this.reader = reader;
        this.lineParser = lineParser;
    }

    /** What the first pass found in one file. */
    private record FileScan(boolean ordered, List<DataQualityIssue> issues, Map<String, JsonNode> medications,
                            Map<String, Integer> unattached) {
    }

    /**
     * Groups the export if every file is ordered by patient id and returns the issues that
     * belong to no patient; returns null, having sent nothing to the sink, if a file is not.
     */
    List<DataQualityIssue> group(List<Path> files, List<DataQualityIssue> issues, Consumer<PatientGroup> sink) {
        AtomicBoolean unordered = new AtomicBoolean();
        List<FileScan> scans = files.parallelStream().map(f -> check(f, unordered)).toList();
        if (unordered.get()) {
            return null;
        }
        Map<String, JsonNode> medications = new HashMap<>();
        Map<String, Integer> unattached = new TreeMap<>();
        for (FileScan s : scans) {
            issues.addAll(s.issues());
            medications.putAll(s.medications());
            s.unattached().forEach((type, n) -> unattached.merge(type, n, Integer::sum));
        }
        unattached.forEach((type, n) -> issues.add(BulkLine.unattachedIssue(type, n)));
        merge(files, Map.copyOf(medications), sink);
        return issues;
    }

    private FileScan check(Path file, AtomicBoolean unordered) {
        List<DataQualityIssue> issues = new ArrayList<>();
        Map<String, JsonNode> medications = new HashMap<>();
        Map<String, Integer> unattached = new TreeMap<>();
        String[] last = {null};
        boolean read = reader.scan(file, issues, medications, unattached, (patientId, line) -> {
            if (last[0] != null && patientId.compareTo(last[0]) < 0) {
                unordered.set(true);
            }
            last[0] = patientId;
        }, unordered::get);
        if (!read) {
            // The general path reads every file again and reports the one it cannot read.
            unordered.set(true);
        }
        return new FileScan(!unordered.get(), issues, medications, unattached);
    }

    /** The k-way merge: the smallest patient id among the files' next lines is complete once taken from every file. */
    private void merge(List<Path> files, Map<String, JsonNode> medications, Consumer<PatientGroup> sink) {
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (Path f : files) {
                cursors.add(new Cursor(open(f)));
            }
            while (true) {
                String next = null;
                for (Cursor c : cursors) {
                    if (c.key != null && (next == null || c.key.compareTo(next) < 0)) {
                        next = c.key;
                    }
                }
                if (next == null) {
                    return;
                }
                List<String> lines = new ArrayList<>();
                for (Cursor c : cursors) {
                    while (next.equals(c.key)) {
                        lines.add(c.line);
                        c.advance();
                    }
                }
                sink.accept(new PatientGroup(next, lines, medications));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
        }
    }

    /** The next patient line of one file (other lines were dealt with by the first pass). */
    private final class Cursor {
        private final BufferedReader in;
        String key;
        String line;

        Cursor(BufferedReader in) throws IOException {
            this.in = in;
            advance();
        }

        void advance() throws IOException {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                BulkLine c = lineParser.classify(l);
                if (c.kind() == BulkLine.Kind.PATIENT_RESOURCE) {
                    key = c.patientId();
                    line = l;
                    return;
                }
            }
            key = null;
            line = null;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Closing a file that was read to the end: nothing is lost.
            }
        }
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
