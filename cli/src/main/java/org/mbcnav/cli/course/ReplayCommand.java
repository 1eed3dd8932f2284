package org.mbcnav.cli.course;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseReplayer;
import org.mbcnav.model.course.CourseEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a course file: the timeline, each scan's RECIST 1.1 response with its explanation,",
                "each toxicity's CTCAE grade and label dose proposal, and each plan change with its diff."})
final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Replay up to this date (default: the date of the last event).")
    LocalDate asOf;

    @Option(names = "--confirm-responses",
            description = "Require confirmation of CR/PR (trials with response as primary endpoint; not routine care).")
    boolean confirm;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf != null ? asOf : LocalDate.MAX;
        CourseInput in = CourseInput.load(kb, file, date);
        if (asOf == null) {
            date = in.course().events().stream().map(CourseEvent::date).max(LocalDate::compareTo)
                    .orElse(LocalDate.now());
        }
        CourseReplay replay = new CourseReplayer(in.knowledge(), in.rules(), confirm).replay(in.course(), date);
        PrintWriter out = spec.commandLine().getOut();
        out.print(new TimelineRenderer().render(in.course(), replay, in.knowledge().release().disclaimer()));
        out.flush();
        return replay.problems().isEmpty() ? 0 : 2;
    }
}
