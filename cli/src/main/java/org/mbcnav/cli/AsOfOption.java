package org.mbcnav.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The date the plan is made as of: --as-of, else today (the only clock read, at the edge). */
public final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Plan as of this date (default: today). Approvals dated later do not count.")
    LocalDate asOf;

    public LocalDate resolve() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
