package org.mbcnav.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.mbcnav.engine.Planner;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning one patient warm, in process: derive the clinical state, assess every regimen in the
 * knowledge base, rank, and build supportive care, monitoring and missing tests. Knowledge and
 * patient are loaded once. Target p99 <= 1 ms (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {
    @Param({"hr-positive-pik3ca-after-cdk46", "tnbc-pdl1-positive-first-line", "her2-positive-active-brain-mets"})
    public String patient;

    private Planner planner;
    private Patient input;
    private final LocalDate asOf = LocalDate.of(2026, 11, 1);

    @Setup
    public void load() throws Exception {
        Path root = Path.of(System.getProperty("mbcnav.root", "."));
        Knowledge k = new KnowledgeLoader().load(root.resolve("knowledge"));
        planner = new Planner(k);
        input = new PatientReader(k.drugs().keySet()).read(root.resolve("examples/patients/" + patient + ".yaml"), asOf);
    }

    @Benchmark
    public Plan plan() {
        return planner.plan(input, asOf);
    }
}
