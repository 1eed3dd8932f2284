package org.mbcnav.cli.course;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.mbcnav.cli.AsOfOption;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseReplayer;
import org.mbcnav.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ics", mixinStandardHelpOptions = true,
        description = {"Export the upcoming monitoring schedule of the running regimen as an iCalendar file",
                "(RFC 5545), one all-day event per scan, lab, ECG, echocardiogram or visit."})
final class IcsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the .ics file.")
    Path out;

    @Mixin
    AsOfOption asOf;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf.resolve();
        CourseInput in = CourseInput.load(kb, file, date);
        CourseReplay replay = new CourseReplayer(in.knowledge(), in.rules()).replay(in.course(), date);
        String ics = new IcsWriter().write(in.course().id(), replay.status(), date);
        AtomicFiles.writeString(out, ics);
        spec.commandLine().getOut().println("wrote " + replay.status().upcoming().size() + " upcoming monitoring event(s) to "
                + out);
        return 0;
    }
}
