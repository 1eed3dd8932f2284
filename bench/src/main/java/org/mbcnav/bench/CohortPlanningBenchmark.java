package org.mbcnav.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mbcnav.cohort.PatientEvaluator;
import org.mbcnav.cohort.Progress;
import org.mbcnav.cohort.SynthModel;
import org.mbcnav.cohort.SyntheticPopulation;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.InputException;
import org.mbcnav.io.Mappers;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cohort's planning of one patient, warm, without the import: for each patient of a
 * synthetic population already imported into memory, the outline as of the run date, the offer
 * at each metastatic course start and the per-patient line ({@code PatientEvaluator.evaluate}),
 * as one worker of {@code mbcnav cohort} does. Microseconds per patient, averaged over the
 * population (the same patients every iteration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CohortPlanningBenchmark {
    static final int PATIENTS = 2_000;

    /** The knowledge directory. */
    @Param({"knowledge"})
    public String kb;

    private final List<BulkPatientResult> patients = new ArrayList<>();
    private PatientEvaluator evaluator;

    @Setup
    public void setUp() throws IOException, InputException {
        Knowledge k = new KnowledgeLoader().load(Path.of(kb));
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        Path export = Files.createTempDirectory("mbcnav-cohort-bench");
        new SyntheticPopulation(SynthModel.defaults(), k, Mappers.json()).write(PATIENTS, 7, asOf, export, false, Progress.NONE);
        new BulkExportReader(new KnowledgeDrugCodes(k)).readAll(export, patients::add);
        try (var files = Files.list(export)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(export);
        evaluator = new PatientEvaluator(new Planner(k), null, asOf, Mappers.json());
    }

    @Benchmark
    @OperationsPerInvocation(PATIENTS)
    public void evaluate(Blackhole out) {
        for (BulkPatientResult p : patients) {
            out.consume(evaluator.evaluate(p));
        }
    }
}
