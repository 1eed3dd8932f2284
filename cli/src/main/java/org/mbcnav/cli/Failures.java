package org.mbcnav.cli;

import java.io.PrintWriter;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import picocli.CommandLine;

/**
 * Turns failures into clear messages and exit codes: every input problem with its position and
 * exit 2; a usage mistake with the usage and exit 2; anything else one line and exit 1. A stack
 * trace is shown only with MBCNAV_DEBUG=1.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (e instanceof InputException input) {
            err.println("error: the input cannot be used (" + input.problems().size() + " problem"
                    + (input.problems().size() == 1 ? "" : "s") + "):");
            for (InputProblem p : input.problems()) {
                err.println("  " + p.describe());
            }
            err.flush();
            return Main.BAD_INPUT;
        }
        if (e instanceof org.mbcnav.io.AtomicFiles.WriteFailed w) {
            // A full disk or a read-only folder: not the input's fault, and nothing was half written.
            err.println("error: " + w.getMessage());
            err.flush();
            return 1;
        }
        if (e instanceof UserError u) {
            err.println("error: " + u.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        err.println("error: unexpected failure: " + e);
        if ("1".equals(System.getenv("MBCNAV_DEBUG"))) {
            e.printStackTrace(err);
        } else {
            err.println("(set MBCNAV_DEBUG=1 to see the details)");
        }
        err.flush();
        return 1;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("error: " + ex.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        cmd.getErr().flush();
        return Main.BAD_INPUT;
    }
}
