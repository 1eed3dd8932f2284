package org.mbcnav.cli.trials;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.audit.AuditRow;
import org.mbcnav.trials.audit.TrialAudit;
import org.mbcnav.trials.parse.TrialOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Per trial: sentences, criteria parsed by the rules, overrides applied, criteria from overrides, and sentences left to check by hand.")
final class TrialsAuditCommand implements Callable<Integer> {
    @Mixin
    TrialSetOption set;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrialSet s = set.load();
        List<AuditRow> rows = TrialAudit.rows(s);
        PrintWriter out = spec.commandLine().getOut();
        String format = "%-12s %-18s %9s %7s %10s %13s %8s%n";
        out.printf(format, "NCT", "trial", "sentences", "parsed", "overrides", "from override", "by hand");
        for (AuditRow r : rows) {
            out.printf(format, r.nctId(), r.label(), r.sentences(), r.parsed(), r.overridden(), r.fromOverride(), r.checkByHand());
        }
        AuditRow t = TrialAudit.total(rows);
        out.printf(format, t.nctId(), t.label(), t.sentences(), t.parsed(), t.overridden(), t.fromOverride(), t.checkByHand());
        for (TrialOverride o : s.overridesForOtherTrials()) {
            out.println("note: override " + o.where() + " names " + o.nctId() + ", which is not in this trial set");
        }
        out.println("Sentences left to check by hand: mbcnav trials show NCT_ID");
        out.flush();
        return 0;
    }
}
