package org.mbcnav.quality;

import java.io.PrintWriter;

/** The evaluation report as text: one line per case, then the figures with their denominators. */
public final class EvalText {
    private EvalText() {
    }

    public static void write(EvalReport r, boolean verbose, PrintWriter out) {
        for (CaseResult c : r.cases()) {
            out.printf("%s %s%s%n", c.passed() ? "PASS" : "FAIL", c.id(), c.indication() == null ? "" : "  [" + c.indication() + "]");
            c.failures().forEach(f -> out.println("     - " + f));
            if (verbose) {
                out.println("     offered: " + c.offered());
                out.println("     on-label (US): " + c.offeredOnLabelUs());
            }
        }
        out.println();
        out.printf("knowledge %s, %d case(s)%n", r.knowledgeVersion(), r.cases().size());
        out.printf("  cases passed                                   %s%n", r.passed());
        out.printf("  recall (expected options offered)              %s%n", r.recall());
        out.printf("  violations (must-not-offer-on-label offered)   %s%n", r.violations());
        out.printf("  set-match (every expected option offered)      %s%n", r.setMatch());
        out.printf("  exact-match (US on-label set = exactOptions)   %s%n", r.exactMatch());
        if (!r.allPassed()) {
            out.println("failing cases: " + String.join(", ",
                    r.cases().stream().filter(c -> !c.passed()).map(CaseResult::id).toList()));
        }
        out.flush();
    }
}
