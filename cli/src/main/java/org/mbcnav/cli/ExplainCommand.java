package org.mbcnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.mbcnav.cli.render.Colors;
import org.mbcnav.cli.render.ExplainRenderer;
import org.mbcnav.engine.Assessment;
import org.mbcnav.engine.Planner;
import org.mbcnav.engine.Planning;
import org.mbcnav.model.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show the full trace of one option or exclusion: every criterion, its verdict,",
                "the patient's facts behind it and the sources. Without --option: the derivations."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATIENT", description = "The patient file.")
    Path input;

    @Option(names = "--option", paramLabel = "ID", description = "The regimen id (see the plan).")
    String option;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never.")
    String color;

    @Mixin
    AsOfOption asOf;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Knowledge k = kb.load();
        LocalDate date = asOf.resolve();
        PatientInput.Loaded loaded = PatientInput.read(input, date, k);
        Planning planning = new Planner(k).planning(loaded.patient(), date);
        ExplainRenderer renderer = new ExplainRenderer(k, Colors.choose(color));
        PrintWriter out = spec.commandLine().getOut();
        if (option == null) {
            out.print(renderer.derivations(planning));
        } else {
            Assessment a = planning.assessments().stream().filter(x -> x.regimen().id().equals(option)).findFirst()
                    .orElseThrow(() -> new UserError("no option or exclusion with id '" + option
                            + "' (run `mbcnav kb list` for the ids)"));
            out.print(renderer.assessment(planning, a));
        }
        out.flush();
        return 0;
    }
}
