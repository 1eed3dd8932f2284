package org.mbcnav.cli.cohort;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.cohort.Aggregates;
import org.mbcnav.cohort.CohortEngine;
import org.mbcnav.cohort.CohortSettings;
import org.mbcnav.cohort.Progress;
import org.mbcnav.cohort.ProgressBar;
import org.mbcnav.cohort.SecondHalfRate;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Plan a whole population from a FHIR Bulk Data export: per-patient plans and population aggregates",
                "(eligibility, missing tests, concordance, trials, data quality) with an HTML summary. See docs/cohort.md.",
                "Population figures describe care patterns; each patient's plan is for the care team to check."},
        footer = {"", "Examples:", "  mbcnav cohort pop/ --as-of 2026-06-01 --out report/",
                "  mbcnav cohort pop/ --engine spark --master local[2] --out report-spark/",
                "  mbcnav cohort pop/ --compare-kb knowledge-v1/ knowledge/ --out report-kb/"})
public final class CohortCommand implements Callable<Integer> {
    static final String SPARK_JOB = "org.mbcnav.cohort.spark.SparkCohortJob";

    @Parameters(index = "0", paramLabel = "EXPORT", description = "Bulk Data export folder (NDJSON files, manifest.json optional).")
    Path input;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Plan as of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "report", paramLabel = "DIR", description = "Report folder (default report/; files replaced).")
    Path out;

    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "ENGINE",
            description = "embedded (default: in-process, all cores) or spark.")
    String engine;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the embedded engine (default: all cores).")
    Integer threads;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master for --engine spark (default local[*]).")
    String master;

    @Option(names = "--compare-kb", arity = "2", paramLabel = "DIR",
            description = "Compare two knowledge versions (OLD NEW): who gains or loses which option. Plans use NEW.")
    List<Path> compare;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN", description = "Progress bar on stderr: auto (on a terminal), always, never.")
    String progress;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "EXPORT must be a folder of NDJSON files: " + input);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Knowledge previous = compare == null ? null : new KnowledgeLoader().load(compare.get(0));
        Knowledge knowledge = compare == null ? kb.load() : new KnowledgeLoader().load(compare.get(1));
        PrintWriter err = spec.commandLine().getErr();
        HeapAfterGc heap = new HeapAfterGc();
        long t0 = System.nanoTime();
        Aggregates a;
        SecondHalfRate secondHalf = new SecondHalfRate(progressFor(input), System::nanoTime);
        switch (engine) {
            case "embedded" -> {
                int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                if (n < 1) {
                    throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
                }
                a = new CohortEngine().run(new CohortSettings(input, out, date, knowledge, previous, n), secondHalf);
            }
            case "spark" -> {
                return runSpark(date, err);
            }
            default -> throw new ParameterException(spec.commandLine(), "unknown engine '" + engine + "' (use embedded or spark)");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "cohort: %,d patients (%,d planned, %,d not metastatic, %,d not imported; %,d malformed lines) in %.1f s, %,.0f patients/s%s; peak heap %,d MB, at most %,d MB after a collection%n",
                a.patients(), a.planned(), a.count("not-metastatic"), a.count("not-imported"), a.malformedLines(), seconds,
                a.patients() / seconds, Double.isNaN(secondHalf.rate()) ? "" : String.format(Locale.ROOT, " (second half: %,.0f/s)", secondHalf.rate()),
                peakHeapMb(), heap.maxMb());
        err.printf("cohort: report in %s (plans.ndjson, aggregates.json, summary.html)%n", out);
        err.flush();
        return 0;
    }

    private Progress progressFor(Path folder) {
        boolean show = "always".equals(progress) || ("auto".equals(progress) && System.console() != null);
        return show ? new ProgressBar(System.err, PatientCount.estimate(folder), System::nanoTime) : Progress.NONE;
    }

    /**
     * The Spark engine runs in this process with the given master when the cohort-spark module
     * is on the class path; otherwise the documented spark-submit command is printed.
     */
    private int runSpark(LocalDate date, PrintWriter err) throws Exception {
        List<String> args = new ArrayList<>(List.of(input.toString(), "--as-of", date.toString(), "--out", out.toString(), "--master", master));
        if (compare != null) {
            args.addAll(List.of("--compare-kb", compare.get(0).toString(), compare.get(1).toString()));
        } else {
            args.addAll(List.of("--kb", kb.resolve().toString()));
        }
        Class<?> job;
        try {
            job = Class.forName(SPARK_JOB);
        } catch (ClassNotFoundException e) {
            err.println("error: the Spark engine is not on this class path (the cohort-spark module is built separately so");
            err.println("that the application does not carry Spark). The ./mbcnav launcher builds it and adds it for");
            err.println("--engine spark; on a cluster, submit " + SPARK_JOB + " with spark-submit");
            err.println("(docs/cohort.md, \"Spark engine\").");
            err.flush();
            return 2;
        }
        try {
            job.getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        err.printf("cohort: report in %s (plans.parquet, plans-ndjson/, aggregates.json, summary.html)%n", out);
        err.flush();
        return 0;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
