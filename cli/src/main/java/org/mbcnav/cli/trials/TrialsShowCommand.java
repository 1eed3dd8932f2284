package org.mbcnav.cli.trials;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mbcnav.engine.CriterionText;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.trials.CheckByHand;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.TrialCriterion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show how one trial's eligibility was read: each criterion with its sentence, and what is left to check by hand.")
final class TrialsShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NCT_ID")
    String nctId;
    @Mixin
    TrialSetOption set;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ParsedTrial t = set.load().trials().stream().filter(x -> x.trial().nctId().equalsIgnoreCase(nctId)).findFirst()
                .orElseThrow(() -> new InputException(new InputProblem("command line", "NCT_ID", 0, 0,
                        "no trial " + nctId + " in the set (see mbcnav trials list)")));
        PrintWriter out = spec.commandLine().getOut();
        out.println(t.trial().nctId() + (t.trial().acronym() == null ? "" : " " + t.trial().acronym()) + ": " + t.trial().title());
        out.println("status " + t.trial().status() + ", phase " + t.trial().phaseText() + ", source " + t.trial().source());
        out.println();
        out.println("Criteria (" + t.criteria().size() + "):");
        for (TrialCriterion c : t.criteria()) {
            out.println("  [" + c.section() + ", " + c.origin() + "] " + CriterionText.of(c.requirement()));
            out.println("      from: " + c.sentence());
            if (c.note() != null) {
                out.println("      note: " + c.note());
            }
        }
        out.println();
        out.println("Check by hand (" + t.checkByHand().size() + "):");
        for (CheckByHand c : t.checkByHand()) {
            out.println("  [" + c.section() + "] " + c.sentence());
            out.println("      " + c.reason());
        }
        out.flush();
        return 0;
    }
}
