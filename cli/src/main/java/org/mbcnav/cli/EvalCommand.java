package org.mbcnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.quality.CaseEvaluator;
import org.mbcnav.quality.CaseFileReader;
import org.mbcnav.quality.EvalReport;
import org.mbcnav.quality.EvalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `mbcnav eval CASES`: runs a file of cases with expected options (docs/evaluation.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run a file of patient cases with expected options and report recall, violations,",
                "set-match and exact-match, each with its denominator.",
                "Exit 0 when every case passes, 1 when any fails, 2 when the file cannot be used."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASES", description = "Cases file (YAML or JSON).")
    Path file;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = {"-v", "--verbose"}, description = "Also list each case's offered options.")
    boolean verbose;
    @Mixin
    KnowledgeOption kb;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        Knowledge k = kb.load();
        EvalReport report = new CaseEvaluator(k).run(new CaseFileReader(k).read(file));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(org.mbcnav.io.Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            case "text" -> EvalText.write(report, verbose, out);
            default -> throw new UserError("--format must be text or json, not '" + format + "'");
        }
        out.flush();
        return report.allPassed() ? 0 : 1;
    }
}
