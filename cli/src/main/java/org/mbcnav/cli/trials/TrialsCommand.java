package org.mbcnav.cli.trials;

import picocli.CommandLine.Command;

/** `mbcnav trials`: import, list, show and audit the clinical trial set. */
@Command(name = "trials", mixinStandardHelpOptions = true,
        description = {"Clinical trials: import ClinicalTrials.gov v2 records, list them, show how their eligibility",
                "was read, and audit how much of it is machine-checked."},
        subcommands = {TrialsImportCommand.class, TrialsListCommand.class, TrialsShowCommand.class, TrialsAuditCommand.class})
public final class TrialsCommand {
}
