package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The fast path of {@link BulkExportReader#group} for an export whose per-type files are each
 * ordered by patient id (as many servers, and `mbcnav synth`, write them). A first pass over
 * the files (on as many threads as the caller allows, a file at a time per thread) parses every line once with a streaming
 * parser: it checks the order, collects what belongs to no patient (malformed lines,
 * Medications, unattached resources) and writes down which lines belong to which patient
 * ({@link PatientRuns}, a temporary file per input file). If every file is ordered, a second
 * pass merges the files like a k-way merge sort and hands each patient to the sink as soon as
 * every file has moved past her. The merge runs on the caller's thread, a serial stage of the
 * cohort run, so it parses nothing: it reads lines and the recorded runs; the lines become trees
 * once, when their patient is imported. Memory is one line per file plus one patient. The
 * groups, their lines (file order, then line order) and the order of patients (ids sorted) are
 * what the general path gives for an export of one partition. The first file found out of order
 * stops the check, and the caller takes the general path.
 */
final class SortedExport {
    private final BulkExportReader reader;

    SortedExport(BulkExportReader reader) {
        this.reader = reader;
    }

    /** What the first pass found in one file; runs is where its patient lines were written down. */
    private record FileScan(Path file, Path runs, List<DataQualityIssue> issues, Map<String, JsonNode> medications,
                            Map<String, Integer> unattached) {
    }

    /**
     * Groups the export if every file is ordered by patient id and returns the issues that
     * belong to no patient; returns null, having sent nothing to the sink, if a file is not.
     */
    List<DataQualityIssue> group(List<Path> files, int threads, List<DataQualityIssue> issues, Consumer<PatientGroup> sink) {
        Path spill = null;
        try {
            spill = Files.createTempDirectory("mbcnav-runs");
            Path dir = spill;
            AtomicBoolean unordered = new AtomicBoolean();
            List<Path> runs = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                runs.add(dir.resolve("runs-" + i));
            }
            List<FileScan> scans = checkAll(files, runs, threads, unordered);
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
            merge(scans, Map.copyOf(medications), sink);
            return issues;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot group the bulk export (temporary files of the merge)", e);
        } finally {
            BulkExportReader.deleteQuietly(spill);
        }
    }

    /**
     * Checks every file, a file per task on at most {@code threads} threads (the caller's own
     * thread when it is one), so that a run limited to one thread uses one.
     */
    private List<FileScan> checkAll(List<Path> files, List<Path> runs, int threads, AtomicBoolean unordered) {
        if (threads <= 1 || files.size() <= 1) {
            List<FileScan> scans = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                scans.add(check(files.get(i), runs.get(i), unordered));
            }
            return scans;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
            Thread t = new Thread(r, "export-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileScan>> tasks = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                int n = i;
                tasks.add(pool.submit(() -> check(files.get(n), runs.get(n), unordered)));
            }
            List<FileScan> scans = new ArrayList<>();
            for (Future<FileScan> t : tasks) {
                scans.add(t.get());
            }
            return scans;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the export was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileScan check(Path file, Path runs, AtomicBoolean unordered) {
        List<DataQualityIssue> issues = new ArrayList<>();
        Map<String, JsonNode> medications = new HashMap<>();
        Map<String, Integer> unattached = new TreeMap<>();
        String[] last = {null};
        boolean read;
        try (PatientRuns.Writer out = new PatientRuns.Writer(runs)) {
            read = reader.scan(file, issues, medications, unattached, (patientId, line) -> {
                if (last[0] != null && patientId.compareTo(last[0]) < 0) {
                    unordered.set(true);
                }
                last[0] = patientId;
                try {
                    out.add(patientId, line.number());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, unordered::get);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + runs, e);
        }
        if (!read) {
            // The general path reads every file again and reports the one it cannot read.
            unordered.set(true);
        }
        return new FileScan(file, runs, issues, medications, unattached);
    }

    /** The k-way merge: the smallest patient id among the files' next lines is complete once taken from every file. */
    private void merge(List<FileScan> scans, Map<String, JsonNode> medications, Consumer<PatientGroup> sink) throws IOException {
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (FileScan s : scans) {
                cursors.add(new Cursor(s.file(), s.runs()));
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
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
        }
    }

    /** The next patient line of one file, found through the runs the check wrote down. */
    private static final class Cursor {
        private final Path file;
        private final NdjsonLines in;
        private final PatientRuns.Reader runs;
        /** Lines of the current run not yet read. */
        private int left;
        String key;
        String line;

        Cursor(Path file, Path runs) throws IOException {
            this.file = file;
            this.in = NdjsonLines.open(file);
            this.runs = new PatientRuns.Reader(runs);
            advance();
        }

        void advance() throws IOException {
            if (left == 0) {
                if (!runs.next()) {
                    key = null;
                    line = null;
                    return;
                }
                for (int i = 0; i < runs.skip; i++) {
                    in.next();
                }
                key = runs.patientId;
                left = runs.lines;
            }
            if (!in.next()) {
                throw new IOException(file + " became shorter while the export was read");
            }
            line = in.text();
            left--;
        }

        void close() {
            try {
                in.close();
                runs.close();
            } catch (IOException e) {
                // Closing files that were read to the end: nothing is lost.
            }
        }
    }
}
