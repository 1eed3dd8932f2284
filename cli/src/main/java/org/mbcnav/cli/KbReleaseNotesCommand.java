package org.mbcnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.quality.CaseSet;
import org.mbcnav.quality.ReleaseNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `mbcnav kb release-notes OLD NEW`: Markdown release notes (docs/knowledge-releases.md). */
@Command(name = "release-notes", mixinStandardHelpOptions = true,
        description = {"Markdown release notes between two knowledge directories: entries added, changed and",
                "withdrawn, and with --cases, whose offered options change."})
final class KbReleaseNotesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD")
    Path before;
    @Parameters(index = "1", paramLabel = "NEW")
    Path after;
    @Option(names = "--cases", paramLabel = "PATH", description = "Patient files, cases files or folders (repeatable).")
    List<Path> cases;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the notes here instead of standard output.")
    Path output;
    @Mixin
    AsOfOption asOf;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Knowledge a = new KnowledgeLoader().load(before);
        Knowledge b = new KnowledgeLoader().load(after);
        var patients = cases == null ? null : CaseSet.load(cases, b, asOf.resolve()).patients();
        String md = ReleaseNotes.markdown(a, b, patients);
        if (output != null) {
            org.mbcnav.io.AtomicFiles.writeString(output, md);
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(md);
        out.flush();
        return 0;
    }
}
