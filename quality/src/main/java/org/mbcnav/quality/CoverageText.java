package org.mbcnav.quality;

import java.io.PrintWriter;
import java.util.List;

/** The coverage report as text for a terminal: figures first, then what no case exercises. */
public final class CoverageText {
    private CoverageText() {
    }

    public static void write(CoverageReport r, PrintWriter out) {
        CoverageReport.Summary s = r.summary();
        out.printf("knowledge %s coverage over %d case(s)%n", r.knowledgeVersion(), r.cases());
        out.printf("  entries offered by at least one case   %s%n", s.entriesOffered());
        out.printf("  criteria seen true                     %s%n", s.criteriaSeenTrue());
        out.printf("  criteria seen false                    %s%n", s.criteriaSeenFalse());
        out.printf("  criteria seen both true and false      %s%n", s.criteriaSeenBoth());
        out.printf("  exclusions and cautions that fired     %s%n", s.rulesFired());
        out.printf("  cases reaching at least one option     %s%n", s.casesReachingAnOption());
        out.printf("%nentries never offered (%d):%n", r.neverOffered().size());
        r.neverOffered().forEach(id -> out.println("  " + id + "  " + outcomes(r, id)));
        out.printf("%ncases reaching no option (%d):%n", r.casesWithNoOption().size());
        r.casesWithNoOption().forEach(id -> out.println("  " + id));
        out.println();
        out.println("criteria never seen false (untested), by entry:");
        for (EntryCoverage e : r.entries()) {
            List<PathCoverage> untested = e.criteria().stream().filter(c -> c.seenFalse() == 0).toList();
            if (!untested.isEmpty()) {
                out.println("  " + e.id());
                untested.forEach(c -> out.printf("    %-34s %s (true %d, unknown %d)%n", c.path(), c.text(), c.seenTrue(), c.seenUnknown()));
            }
        }
        out.println();
        out.println("exclusions and cautions that never fired, by entry:");
        for (EntryCoverage e : r.entries()) {
            List<PathCoverage> quiet = e.rules().stream().filter(c -> !c.fired()).toList();
            if (!quiet.isEmpty()) {
                out.println("  " + e.id());
                quiet.forEach(c -> out.printf("    %-14s %s%n", c.path(), c.text()));
            }
        }
        out.flush();
    }

    private static String outcomes(CoverageReport r, String id) {
        return r.entries().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> e.outcomes().toString()).orElse("");
    }
}
