package org.mbcnav.cli.course;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.io.InputException;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-event", mixinStandardHelpOptions = true,
        description = {"Append any course event written as YAML (start-treatment, stop-treatment, dose-change,",
                "biopsy, check...), validated like the other add commands."},
        footer = {"", "Examples:",
                "  mbcnav course add-event c.yaml --yaml '{type: start-treatment, date: 2026-01-10, drugs: [letrozole, palbociclib]}'",
                "  mbcnav course add-event c.yaml --yaml '{type: dose-change, date: 2026-03-01, drug: palbociclib, dose: 100 mg daily}'"})
final class AddEventCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COURSE", description = "The course file (YAML).")
    Path file;

    @Option(names = "--yaml", required = true, paramLabel = "EVENT", description = "The event as a YAML mapping.")
    String yaml;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // A document marker makes flow-style YAML ("{type: ...}") read as YAML, not as malformed JSON.
        LocatedTree tree = new LocatingReader().read("---\n" + yaml, "--yaml");
        if (!tree.root().isObject()) {
            throw new InputException(tree.problem("", "an event is a mapping with a type and a date"));
        }
        return CourseAppender.append(kb, file, (ObjectNode) tree.root(), spec);
    }
}
