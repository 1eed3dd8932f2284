package org.mbcnav.cohort;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.fhir.PatientGroup;
import org.mbcnav.io.AtomicFiles;
import org.mbcnav.io.Mappers;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * The in-process cohort engine. One thread groups the export by patient (BulkExportReader, with
 * bounded memory); worker threads each own an importer and a planner and evaluate patients, a
 * batch of patients per task; the results are written and counted in input order, so the report
 * is the same bytes whatever the number of threads. At most a fixed window of patients is in
 * flight, so memory does not grow with the population.
 */
public final class CohortEngine {
    /** Patients in flight per worker: enough to keep workers busy across a slow write. */
    private static final int WINDOW_PER_THREAD = 256;
    /**
     * Patients per task: each task costs a future, a queue hand-over and often a worker
     * wake-up, on the grouping thread (the serial stage of the run) as well as on the workers;
     * batches make that cost per 32 patients.
     */
    private static final int BATCH = 32;

    private final ObjectMapper json = Mappers.json();

    /** Runs the cohort; writes plans.ndjson, aggregates.json and summary.html into settings.out(). */
    public Aggregates run(CohortSettings s, Progress progress) throws IOException {
        Files.createDirectories(s.out());
        Aggregates aggregates = new Aggregates();
        if (s.previous() != null) {
            aggregates.compared();
        }
        Path plansTmp = s.out().resolve(ReportFiles.PLANS + ".tmp");
        BulkExportReader grouper = new BulkExportReader(new KnowledgeDrugCodes(s.knowledge()));
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(() -> new Worker(s, json));
        long[] done = {0};
        // Write failures (a full disk) are told apart from read failures of the input: only they
        // are reported as "cannot write", and the partial file is dropped (an earlier plans.ndjson
        // stays as it was).
        IOException[] writeFailure = {null};
        BufferedWriter plans;
        try {
            plans = Files.newBufferedWriter(plansTmp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw AtomicFiles.failed(s.out().resolve(ReportFiles.PLANS), e);
        }
        try {
            Sink sink = outcome -> {
                try {
                    plans.write(outcome.ndjson());
                    plans.write('\n');
                } catch (IOException e) {
                    writeFailure[0] = e;
                    throw new UncheckedIOException(e);
                }
                aggregates.add(outcome);
                progress.update(++done[0]);
            };
            List<DataQualityIssue> fileIssues = s.threads() == 1
                    ? grouper.group(s.input(), 1, g -> sink.accept(workers.get().evaluate(g)))
                    : inParallel(s, grouper, workers, sink);
            aggregates.addFileIssues(fileIssues);
            try {
                plans.close();
            } catch (IOException e) {
                writeFailure[0] = e;
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(plans);
            Files.deleteIfExists(plansTmp);
            if (writeFailure[0] != null) {
                throw AtomicFiles.failed(s.out().resolve(ReportFiles.PLANS), writeFailure[0]);
            }
            throw e;
        }
        ReportFiles.move(plansTmp, s.out().resolve(ReportFiles.PLANS));
        ReportFiles.writeReport(s.out(), aggregates, s.asOf().toString(), s.knowledge(), s.previous(), json);
        progress.finish(done[0]);
        return aggregates;
    }

    private static void closeQuietly(BufferedWriter w) {
        try {
            w.close();
        } catch (IOException e) {
            // Already failing; the first failure is the one reported.
        }
    }

    private List<DataQualityIssue> inParallel(CohortSettings s, BulkExportReader grouper, ThreadLocal<Worker> workers, Sink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), r -> {
            Thread t = new Thread(r, "cohort-worker");
            t.setDaemon(true);
            return t;
        });
        int window = s.threads() * WINDOW_PER_THREAD / BATCH;
        ArrayDeque<Future<List<PatientOutcome>>> inFlight = new ArrayDeque<>();
        // The batch being filled, held in a one-element list so that the grouping callback can replace it.
        List<List<PatientGroup>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            List<DataQualityIssue> issues = grouper.group(s.input(), s.threads(), g -> {
                batch.get(0).add(g);
                if (batch.get(0).size() < BATCH) {
                    return;
                }
                inFlight.add(submit(pool, workers, batch.set(0, new ArrayList<>(BATCH))));
                while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    next(inFlight).forEach(sink::accept);
                }
            });
            if (!batch.get(0).isEmpty()) {
                inFlight.add(submit(pool, workers, batch.get(0)));
            }
            while (!inFlight.isEmpty()) {
                next(inFlight).forEach(sink::accept);
            }
            return issues;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<List<PatientOutcome>> submit(ExecutorService pool, ThreadLocal<Worker> workers, List<PatientGroup> groups) {
        return pool.submit(() -> {
            Worker w = workers.get();
            List<PatientOutcome> out = new ArrayList<>(groups.size());
            for (PatientGroup g : groups) {
                out.add(w.evaluate(g));
            }
            return out;
        });
    }

    private static <T> T next(ArrayDeque<Future<T>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the cohort run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a patient could not be evaluated: " + e.getCause(), e.getCause());
        }
    }

    private interface Sink {
        void accept(PatientOutcome outcome);
    }

    /** One thread's importer and planner(s). */
    private static final class Worker {
        private final BulkExportReader importer;
        private final PatientEvaluator evaluator;

        Worker(CohortSettings s, ObjectMapper json) {
            this.importer = new BulkExportReader(new KnowledgeDrugCodes(s.knowledge()));
            this.evaluator = new PatientEvaluator(new Planner(s.knowledge()),
                    s.previous() == null ? null : new Planner(s.previous()), s.asOf(), json);
        }

        PatientOutcome evaluate(PatientGroup g) {
            return evaluator.evaluate(importer.importGroup(g));
        }
    }
}
