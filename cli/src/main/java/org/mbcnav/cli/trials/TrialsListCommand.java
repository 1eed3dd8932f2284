package org.mbcnav.cli.trials;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.TrialSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the trials of the set with status, phase and criteria counts.")
final class TrialsListCommand implements Callable<Integer> {
    @Mixin
    TrialSetOption set;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrialSet s = set.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %-18s %-22s %-14s %8s %8s  %s%n", "NCT", "acronym", "status", "phase", "criteria", "by hand", "title");
        for (ParsedTrial t : s.trials()) {
            out.printf("%-12s %-18s %-22s %-14s %8d %8d  %s%n", t.trial().nctId(), t.trial().acronym() == null ? "-" : t.trial().acronym(),
                    t.trial().status(), t.trial().phaseText(), t.criteria().size(), t.checkByHand().size(), t.trial().title());
        }
        out.println(s.trials().size() + " trials. Statuses are as recorded; re-check the live registry before acting on them.");
        out.flush();
        return 0;
    }
}
