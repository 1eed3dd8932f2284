package org.mbcnav.trials.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.Trial;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.parse.EligibilityParser;
import org.mbcnav.trials.parse.Lexicon;
import org.mbcnav.trials.parse.OverrideApplier;
import org.mbcnav.trials.parse.TrialOverride;

/**
 * Loads a trial set: the study records of a folder (by default the snapshot in
 * knowledge/trials/snapshot), parsed with knowledge/trials/lexicon.yaml and corrected with
 * knowledge/trials/overrides.yaml.
 */
public final class TrialSetLoader {
    private final Path knowledgeDir;
    private final Knowledge knowledge;

    public TrialSetLoader(Path knowledgeDir, Knowledge knowledge) {
        this.knowledgeDir = knowledgeDir;
        this.knowledge = knowledge;
    }

    public Path defaultTrials() {
        return knowledgeDir.resolve("trials").resolve("snapshot");
    }

    /** trialsDir null = the snapshot shipped in the knowledge directory. */
    public TrialSet load(Path trialsDir) throws InputException {
        Path dir = trialsDir == null ? defaultTrials() : trialsDir;
        List<Trial> trials = new StudyReader().read(dir);
        Set<String> seen = new HashSet<>();
        List<InputProblem> duplicates = new ArrayList<>();
        for (Trial t : trials) {
            if (!seen.add(t.nctId())) {
                duplicates.add(new InputProblem(t.source(), "/protocolSection/identificationModule/nctId", 0, 0,
                        t.nctId() + " appears more than once in " + dir));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InputException(duplicates);
        }
        Lexicon lexicon = new LexiconLoader().load(knowledgeDir.resolve("trials").resolve("lexicon.yaml"), knowledge);
        List<TrialOverride> overrides = new OverrideLoader().load(knowledgeDir.resolve("trials").resolve("overrides.yaml"), knowledge);
        EligibilityParser parser = new EligibilityParser(lexicon, knowledge.classes().keySet());
        List<ParsedTrial> parsed = new ArrayList<>();
        for (Trial t : trials) {
            parsed.add(OverrideApplier.apply(parser.read(t), overrides).assemble());
        }
        List<TrialOverride> other = overrides.stream().filter(o -> !seen.contains(o.nctId())).toList();
        return new TrialSet(parsed, other);
    }
}
