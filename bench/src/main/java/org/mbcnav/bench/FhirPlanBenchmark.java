package org.mbcnav.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.FhirPatientReader;
import org.mbcnav.fhir.ImportResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.InputException;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
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
 * One FHIR bundle, warm: parse the JSON text, map it to a Patient (mCODE importer) and plan it.
 * The knowledge base is loaded once; the bundle text is in memory (no disk I/O is measured).
 * Sample mode gives the latency distribution (p50, p90, p99...).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class FhirPlanBenchmark {
    /** Relative to the shared fixtures folder beside the repository, or an absolute path. */
    @Param({"mitre-clinical-trial-matching-app/TrialMatching_Patient01.json"})
    public String bundle;

    /** The knowledge directory. */
    @Param({"knowledge"})
    public String kb;

    private String text;
    private FhirPatientReader reader;
    private Planner planner;
    private final LocalDate asOf = LocalDate.of(2026, 11, 1);

    @Setup
    public void setUp() throws IOException, InputException {
        Knowledge k = new KnowledgeLoader().load(Path.of(kb));
        text = Files.readString(resolve(bundle));
        reader = new FhirPatientReader(new KnowledgeDrugCodes(k));
        planner = new Planner(k);
        if (!reader.read(text, bundle).plannable()) {
            throw new IllegalStateException(bundle + " is not a plannable (metastatic) bundle");
        }
    }

    @Benchmark
    public Plan readMapPlan() {
        ImportResult r = reader.read(text, bundle);
        return planner.plan(r.patient(), asOf).withDataQuality(r.issues());
    }

    /** The read + map part alone, to tell importer cost from planning cost. */
    @Benchmark
    public ImportResult readMap() {
        return reader.read(text, bundle);
    }

    private static Path resolve(String name) {
        Path p = Path.of(name);
        if (p.isAbsolute() || Files.exists(p)) {
            return p;
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("shared/fixtures").resolve(name);
            if (Files.exists(f)) {
                return f;
            }
        }
        throw new IllegalArgumentException("bundle not found: " + name + " (give an absolute path with -p bundle=...)");
    }
}
