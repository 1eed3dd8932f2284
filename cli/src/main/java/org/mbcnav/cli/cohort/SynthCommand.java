package org.mbcnav.cli.cohort;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.cohort.Progress;
import org.mbcnav.cohort.ProgressBar;
import org.mbcnav.cohort.SynthModel;
import org.mbcnav.cohort.SyntheticPopulation;
import org.mbcnav.io.Mappers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic metastatic breast cancer population as a FHIR Bulk Data export (NDJSON per resource type).",
                "Frequencies come from published sources or are marked assumptions (docs/cohort.md). Not real patients."},
        footer = {"", "Example:", "  mbcnav synth --patients 100000 --seed 7 --out pop/"})
public final class SynthCommand implements Callable<Integer> {
    @Option(names = "--patients", required = true, paramLabel = "N", description = "Number of patients.")
    int patients;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Random seed (default 1): the same seed gives the same files.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created; files replaced).")
    Path out;

    @Option(names = "--until", defaultValue = "2026-06-01", paramLabel = "YYYY-MM-DD",
            description = "Reference date: histories end before it (default 2026-06-01, fixed so that runs are reproducible).")
    LocalDate until;

    @Option(names = "--bundles", description = "Also write one Bundle per patient per line to DIR/bundles/patients.ndjson.")
    boolean bundles;

    @Option(names = "--model", paramLabel = "FILE", description = "Another population model (YAML, the format of the built-in synth-population.yaml).")
    Path modelFile;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (patients < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--patients must be at least 1");
        }
        SynthModel model = modelFile == null ? SynthModel.defaults() : SynthModel.read(modelFile);
        Progress progress = System.console() != null ? new ProgressBar(System.err, patients, System::nanoTime) : Progress.NONE;
        long t0 = System.nanoTime();
        long resources = new SyntheticPopulation(model, kb.load(), Mappers.json()).write(patients, seed, until, out, bundles, progress);
        spec.commandLine().getErr().printf("synth: %,d patients, %,d resources written to %s in %.1f s%n", patients, resources, out,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
