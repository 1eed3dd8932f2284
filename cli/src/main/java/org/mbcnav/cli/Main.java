package org.mbcnav.cli;

import java.io.IOException;
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

    /** Set by main: standard output that keeps the reason of a failed write. */
    private static StandardOutput stdout;

    public static void main(String[] args) {
        stdout = StandardOutput.install();
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(new Failures());
        int code = cli.execute(args);
        // Output that did not reach its destination (a full disk, a closed pipe) is a failure,
        // never a silent success with a truncated file.
        cli.getOut().flush();
        if (cli.getOut().checkError() | System.out.checkError()) {
            IOException why = stdout == null ? null : stdout.failure();
            cli.getErr().println("error: cannot write to standard output"
                    + (why == null ? "" : ": " + org.mbcnav.io.AtomicFiles.reason(why))
                    + " (the output is incomplete)");
            cli.getErr().flush();
            return code == 0 ? 1 : code;
        }
        return code;
    }
}
