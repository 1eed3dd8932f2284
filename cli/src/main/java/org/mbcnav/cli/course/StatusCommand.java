package org.mbcnav.cli.course;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.mbcnav.cli.AsOfOption;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseReplayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Where a course stands: the running regimen and doses, the last RECIST response and best",
                "response, this line's toxicities, overdue and upcoming monitoring, and the current plan."})
final class StatusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

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
        PrintWriter out = spec.commandLine().getOut();
        out.print(new StatusRenderer().render(in.course(), replay));
        out.println(in.knowledge().release().disclaimer());
        out.flush();
        return 0;
    }
}
