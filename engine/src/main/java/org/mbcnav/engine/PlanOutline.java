package org.mbcnav.engine;

import java.util.List;
import org.mbcnav.model.plan.TrialMatch;

/**
 * What a population run keeps of a plan ({@link Planner#outline}): the same options in the same
 * order, the same excluded regimens, missing tests and trial matches as {@link Planner#plan}
 * gives, without the sentences, sources, supportive care and monitoring that only a reader of
 * one patient's plan needs.
 *
 * @param subtype  as in the plan's patient summary
 * @param line     the metastatic line about to start, as in the plan's patient summary
 * @param excluded ids of the regimens not offered, in the plan's order (by id)
 */
public record PlanOutline(String knowledgeVersion, String subtype, int line, List<Option> options, List<String> excluded,
                          List<String> missingTests, List<TrialMatch> trials, String disclaimer) {

    public PlanOutline {
        options = List.copyOf(options);
        excluded = List.copyOf(excluded);
        missingTests = List.copyOf(missingTests);
        trials = List.copyOf(trials);
    }

    /** An offered option: rank (1 = first; 0 when not ranked), regimen id, category and drug names. */
    public record Option(int rank, String id, String category, List<String> drugs) {
        public Option {
            drugs = List.copyOf(drugs);
        }
    }
}
