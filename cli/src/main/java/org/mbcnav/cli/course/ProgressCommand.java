package org.mbcnav.cli.course;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Record progression declared by the clinician: closes the running line and shows the next",
                "plan with what changed and why."},
        footer = {"", "Example:", "  mbcnav course progress c.yaml --date 2026-06-10 --basis clinical --site liver"})
final class ProgressCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Option(names = "--basis", required = true, paramLabel = "recist|clinical")
    String basis;

    @Option(names = "--site", paramLabel = "SITE", description = "New metastatic site(s): liver, lung, brain...")
    List<String> sites = List.of();

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectNode e = JsonNodeFactory.instance.objectNode().put("type", "progression").put("date", date.toString())
                .put("basis", basis);
        if (!sites.isEmpty()) {
            sites.forEach(e.withArray("newSites")::add);
        }
        if (note != null) {
            e.put("note", note);
        }
        return CourseAppender.append(kb, file, e, spec);
    }
}
