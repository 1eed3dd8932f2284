package org.mbcnav.cli.trials;

import java.nio.file.Path;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.io.InputException;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.read.TrialSetLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** --trials DIR and --kb DIR for the trials subcommands. */
final class TrialSetOption {
    @Option(names = "--trials", paramLabel = "DIR", description = "Trial folder (default: knowledge/trials/snapshot).")
    Path dir;

    @Mixin
    KnowledgeOption kb;

    TrialSet load() throws InputException {
        Knowledge k = kb.load();
        return new TrialSetLoader(kb.resolve(), k).load(dir);
    }
}
