package org.mbcnav.model.course.knowledge;

import java.util.List;

/**
 * One row of a label's dose-modification table. ae lists CTCAE term ids or categories, "any",
 * or "other" (any term no other row of the table names). grades/minGrade and
 * occurrence/minOccurrence select the row; context and criterion are conditions the engine
 * cannot check from the record and shows for the clinician to judge. action: continue, hold,
 * reduce, discontinue, consider-hold, consider-reduce or see-label. resumeAt: same, next-lower,
 * or a dose level of the table. Unverified rows are kept and shown as unverified.
 */
public record DoseRule(
        List<String> ae,
        List<Integer> grades,
        Integer minGrade,
        Integer occurrence,
        Integer minOccurrence,
        String context,
        String criterion,
        String action,
        Integer resumeAtGrade,
        String resumeWhen,
        String resumeAt,
        String plus,
        String recheck,
        boolean verified,
        List<String> sources) {

    public DoseRule {
        ae = List.copyOf(ae);
        grades = List.copyOf(grades);
        sources = List.copyOf(sources);
    }

    /** A row the record cannot settle: shown as "if <condition>", never as the plain proposal. */
    public boolean conditional() {
        return context != null || criterion != null;
    }
}
