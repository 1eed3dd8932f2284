package org.mbcnav.cli.trials;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.Mappers;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.read.StudyReader;
import org.mbcnav.trials.read.TrialSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import ClinicalTrials.gov API v2 study JSON (one study, a search response with \"studies\",",
                "or a folder of them) into a trial folder, one NCTxxxxxxxx.json per study, unchanged.",
                "Use the folder with: mbcnav plan PATIENT --trials DIR"},
        footer = {"", "Example:", "  mbcnav trials import downloads/ctgov-search.json --into my-trials"})
final class TrialsImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "A study file, a search response, or a folder of them.")
    Path input;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "trials", description = "Trial folder to write to (default: ./trials).")
    Path into;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<StudyReader.RawStudy> studies = new StudyReader().readRaw(input);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new InputException(new InputProblem(into.toString(), "", 0, 0, "cannot write: " + e.getMessage()));
        }
        for (StudyReader.RawStudy s : studies) {
            org.mbcnav.io.AtomicFiles.writeString(into.resolve(s.nctId() + ".json"),
                    Mappers.json().writer(pretty).writeValueAsString(s.node()) + "\n");
        }
        TrialSet set = new TrialSetLoader(kb.resolve(), kb.load()).load(into);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Imported " + studies.size() + " stud" + (studies.size() == 1 ? "y" : "ies") + " into " + into
                + " (" + set.trials().size() + " trials in the folder now).");
        for (ParsedTrial t : set.trials()) {
            out.printf("  %s %-18s %-22s %3d criteria, %2d to check by hand%n", t.trial().nctId(),
                    t.trial().acronym() == null ? "-" : t.trial().acronym(), t.trial().status(), t.criteria().size(), t.checkByHand().size());
        }
        out.flush();
        return 0;
    }
}
