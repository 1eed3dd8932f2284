package org.mbcnav.model.course.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The rules for following a course (knowledge/course/): RECIST 1.1 thresholds, CTCAE v5 lab
 * grades, label dose modifications per drug, what triggers re-planning and how overdue
 * monitoring is judged. Loaded and checked by the kb module's CourseKnowledgeLoader.
 */
public record CourseKnowledge(RecistRules recist, CtcaeTable ctcae, List<DoseModificationTable> doseModifications,
                              ReplanTriggers replanTriggers, TrackingSettings tracking) {
    public CourseKnowledge {
        doseModifications = List.copyOf(doseModifications);
    }

    public Optional<DoseModificationTable> doseTable(String drug) {
        return doseModifications.stream().filter(t -> t.drug().equals(drug)).findFirst();
    }
}
