package org.mbcnav.cli.trials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mbcnav.engine.state.ClinicalState;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.TrialMatch;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.match.Near;
import org.mbcnav.trials.match.TrialMatcher;
import org.mbcnav.trials.read.TrialSetLoader;
import picocli.CommandLine.Option;

/**
 * The trial options of `mbcnav plan`: which trial set (default: the snapshot in the knowledge
 * directory) and, optionally, where the patient is and how far they will travel.
 */
public final class TrialOptions {
    @Option(names = "--trials", paramLabel = "DIR",
            description = "ClinicalTrials.gov v2 study files to match (default: the snapshot in knowledge/trials/snapshot).")
    Path dir;

    @Option(names = "--no-trials", description = "Do not match clinical trials.")
    boolean none;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "The patient's location, e.g. 42.36,-71.06 (with --within-km).")
    String near;

    @Option(names = "--within-km", paramLabel = "N", description = "Keep trials with an open site within N km of --near.")
    Double withinKm;

    /** The ranked trial matches for the state; empty with --no-trials or when the knowledge has no trial set. */
    public List<TrialMatch> match(Path knowledgeDir, Knowledge k, ClinicalState state) throws InputException {
        return match(load(knowledgeDir, k), state);
    }

    /**
     * Reads and parses the trial set on another thread, so that a one-off plan does not wait for
     * it: parsing the eligibility texts takes about as long as reading the patient and planning.
     */
    public CompletableFuture<TrialSet> loadInBackground(Path knowledgeDir, Knowledge k) {
        CompletableFuture<TrialSet> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(load(knowledgeDir, k));
            } catch (InputException | RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "trial-set-loader");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The matches for a trial set from {@link #loadInBackground}; its failures are rethrown as they were. */
    public List<TrialMatch> match(CompletableFuture<TrialSet> pending, ClinicalState state) throws InputException {
        try {
            return match(pending.join(), state);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private List<TrialMatch> match(TrialSet set, ClinicalState state) throws InputException {
        Near location = near();
        return set == null ? List.of() : new TrialMatcher(state).matchAll(set, location);
    }

    private TrialSet load(Path knowledgeDir, Knowledge k) throws InputException {
        if (none || (dir == null && !Files.isDirectory(knowledgeDir.resolve("trials")))) {
            return null;
        }
        return new TrialSetLoader(knowledgeDir, k).load(dir);
    }

    Near near() throws InputException {
        if (near == null && withinKm == null) {
            return null;
        }
        if (near == null || withinKm == null) {
            throw problem("--near and --within-km go together: give both");
        }
        String[] parts = near.split(",");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new Near(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), withinKm);
        } catch (NumberFormatException e) {
            throw problem("'" + near + "' is not LAT,LON in decimal degrees (e.g. 42.36,-71.06)");
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private static InputException problem(String message) {
        return new InputException(new InputProblem("command line", "--near", 0, 0, message));
    }
}
