package org.mbcnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mbcnav.cli.render.Colors;
import org.mbcnav.io.InputProblem;
import org.mbcnav.kb.KnowledgeDiff;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.kb.VerificationGaps;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "kb", mixinStandardHelpOptions = true, description = "Inspect and check the knowledge base.",
        subcommands = {KbCommand.Validate.class, KbCommand.ListEntries.class, KbCommand.Show.class, KbCommand.Diff.class, KbCoverageCommand.class, KbReleaseNotesCommand.class})
final class KbCommand {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check every knowledge file; report all problems at once (exit 2 if any). Codes still missing or unchecked are printed as warnings (exit 0).")
    static final class Validate implements Callable<Integer> {
        @Mixin
        KnowledgeOption kb;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = kb.resolve();
            List<InputProblem> problems = new KnowledgeLoader().validate(dir);
            PrintWriter out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                Knowledge k;
                try {
                    k = new KnowledgeLoader().load(dir);
                } catch (org.mbcnav.io.InputException e) {
                    throw new IllegalStateException(e);
                }
                out.printf("%s: valid. knowledge %s: %d regimens, %d drugs, %d sources, %d supportive-care items, "
                                + "%d monitoring items, %d tests%n", dir, k.release().version(), k.regimens().size(),
                        k.drugs().size(), k.sources().size(), k.supportiveCare().size(), k.monitoring().size(), k.tests().size());
                VerificationGaps.of(k).warnings().forEach(w -> out.println("warning: " + w));
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%s: %d problem(s)%n", dir, problems.size());
            problems.forEach(p -> err.println("  " + p.describe()));
            err.flush();
            return Main.BAD_INPUT;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the regimens with group and category.")
    static final class ListEntries implements Callable<Integer> {
        @Mixin
        KnowledgeOption kb;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Knowledge k = kb.load();
            PrintWriter out = spec.commandLine().getOut();
            for (Regimen r : k.regimens()) {
                out.printf("%-48s %-26s %-22s %s%n", r.id(), r.group(), r.category(), r.title());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry (regimen, source or drug) in full.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;
        @Mixin
        KnowledgeOption kb;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Knowledge k = kb.load();
            Object entry = k.regimen(id).map(Object.class::cast)
                    .or(() -> java.util.Optional.ofNullable(k.sources().get(id)))
                    .or(() -> java.util.Optional.ofNullable(k.drugs().get(id)))
                    .or(() -> k.supportiveCare().stream().filter(x -> x.id().equals(id)).findFirst().map(Object.class::cast))
                    .or(() -> k.monitoring().stream().filter(x -> x.id().equals(id)).findFirst().map(Object.class::cast))
                    .or(() -> k.tests().stream().filter(x -> x.id().equals(id)).findFirst().map(Object.class::cast))
                    .orElseThrow(() -> new UserError("no entry with id '" + id + "'"));
            PrintWriter out = spec.commandLine().getOut();
            out.print(org.mbcnav.io.Mappers.yaml().writeValueAsString(entry));
            if (entry instanceof Regimen r) {
                out.println("# sources");
                for (String s : r.sources()) {
                    Source src = k.sources().get(s);
                    out.println("#   " + s + ": " + (src == null ? "?" : src.title() + " " + (src.url() == null ? "" : src.url())));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "What changed between two knowledge directories.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "BEFORE")
        Path before;
        @Parameters(index = "1", paramLabel = "AFTER")
        Path after;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Knowledge a = new KnowledgeLoader().load(before);
            Knowledge b = new KnowledgeLoader().load(after);
            List<KnowledgeDiff.Change> changes = KnowledgeDiff.between(a, b);
            PrintWriter out = spec.commandLine().getOut();
            Colors c = Colors.choose("auto");
            out.printf("knowledge %s -> %s: %d change(s)%n", a.release().version(), b.release().version(), changes.size());
            for (KnowledgeDiff.Change ch : changes) {
                String mark = switch (ch.kind()) {
                    case "added" -> c.green("+");
                    case "removed" -> c.red("-");
                    default -> c.yellow("~");
                };
                out.printf("%s %-16s %s%s%n", mark, ch.area(), ch.id(), ch.fields().isEmpty() ? "" : "  (" + String.join(", ", ch.fields()) + ")");
            }
            out.flush();
            return 0;
        }
    }
}
