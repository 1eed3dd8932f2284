package org.mbcnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.engine.Planner;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.quality.CaseSet;
import org.mbcnav.quality.CoverageReport;
import org.mbcnav.quality.CoverageText;
import org.mbcnav.quality.KnowledgeCoverage;
import org.mbcnav.quality.PatientCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `mbcnav kb coverage PATHS...`: which knowledge entries and criteria the cases exercise. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Knowledge coverage over patient files, cases files or folders of either:",
                "entries never offered, criteria never seen false, rules that never fire, cases reaching no option."})
final class KbCoverageCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Patient files, cases files, or folders.")
    List<Path> paths;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;
    @Mixin
    KnowledgeOption kb;
    @Mixin
    AsOfOption asOf;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("--format must be text or json, not '" + format + "'");
        }
        Knowledge k = kb.load();
        CaseSet set = CaseSet.load(paths, k, asOf.resolve());
        KnowledgeCoverage coverage = new KnowledgeCoverage(k);
        Planner planner = new Planner(k);
        for (PatientCase c : set.patients()) {
            coverage.add(c.id(), planner.planning(c.patient(), c.asOf()));
        }
        CoverageReport report = coverage.report();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(org.mbcnav.io.Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            CoverageText.write(report, out);
        }
        out.flush();
        return 0;
    }
}
