package org.mbcnav.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `mbcnav` command. Exit codes: 0 success, 2 bad input, 1 anything unexpected. */
@Command(name = "mbcnav",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"MBC Navigator: evidence-linked treatment planning for metastatic breast cancer.",
                "It supports the care team's decisions; it does not replace them."},
        subcommands = {
                PlanCommand.class,
                ImportCommand.class,
                ExplainCommand.class,
                KbCommand.class,
                ServeCommand.class,
                ReportCommand.class,
                EvalCommand.class,
                org.mbcnav.cli.trials.TrialsCommand.class,
                org.mbcnav.cli.course.CourseCommand.class,
                org.mbcnav.cli.cohort.SynthCommand.class,
                org.mbcnav.cli.cohort.CohortCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(new Failures());
        return cli.execute(args);
    }
}
