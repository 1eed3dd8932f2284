package org.mbcnav.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.mbcnav.cli.trials.TrialOptions;
import org.mbcnav.engine.Planner;
import org.mbcnav.engine.Planning;
import org.mbcnav.io.InputException;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.plan.Plan;

/**
 * One patient file read and planned the way every command shows it: the import's data-quality
 * issues attached and the trial set (read on a second thread meanwhile) matched in.
 */
final class PlannedInput {
    private PlannedInput() {
    }

    static Plan plan(Path input, String patientId, LocalDate asOf, Knowledge k, Path knowledgeDir, TrialOptions trials)
            throws InputException {
        var trialSet = trials.loadInBackground(knowledgeDir, k);
        PatientInput.Loaded loaded = PatientInput.read(input, patientId, asOf, k);
        Planning planning = new Planner(k).planning(loaded.patient(), asOf);
        return planning.plan().withDataQuality(loaded.dataQuality()).withTrials(trials.match(trialSet, planning.state()));
    }
}
