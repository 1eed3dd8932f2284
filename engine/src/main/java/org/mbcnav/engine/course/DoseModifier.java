package org.mbcnav.engine.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.course.knowledge.CtcaeTerm;
import org.mbcnav.model.course.knowledge.DoseModificationTable;
import org.mbcnav.model.course.knowledge.DoseRule;

/**
 * Proposes the label's dose modification for one drug and one adverse event: the first row of
 * the drug's table that matches the term (by id or category), grade and occurrence is the
 * proposal; rows that also match but depend on something the record does not say (a context or
 * criterion) are listed as conditional alternatives. Never decides: every proposal names its source.
 */
public final class DoseModifier {
    private final CourseKnowledge ck;

    public DoseModifier(CourseKnowledge ck) {
        this.ck = ck;
    }

    /**
     * @param currentDose the dose level the drug is at (null = the starting level)
     * @param monotherapy whether the drug is given alone (some labels have other levels then)
     */
    public List<DoseProposal> propose(String drug, String termId, int grade, int occurrence, String currentDose,
                                      boolean monotherapy) {
        Optional<DoseModificationTable> found = ck.doseTable(drug);
        if (found.isEmpty()) {
            return List.of(new DoseProposal(drug, "no-table", null, null, null, currentDose, null, null, false, List.of(),
                    drug + ": no dose-modification table in knowledge/course/ — follow the label"));
        }
        DoseModificationTable t = found.get();
        List<String> levels = t.levels(monotherapy);
        String current = currentDose != null ? currentDose : levels.isEmpty() ? null : levels.get(0);
        Set<String> categories = categories(termId);
        List<DoseProposal> plain = new ArrayList<>();
        List<DoseProposal> conditional = new ArrayList<>();
        for (DoseRule r : t.rules()) {
            if (!aeMatches(r, termId, categories, t) || !gradeMatches(r, grade) || !occurrenceMatches(r, occurrence)) {
                continue;
            }
            DoseProposal p = proposal(t, r, levels, current, grade, occurrence);
            if (r.conditional()) {
                conditional.add(p);
            } else if (plain.isEmpty()) {
                plain.add(p);
            }
        }
        List<DoseProposal> out = new ArrayList<>(plain);
        out.addAll(conditional);
        if (out.isEmpty()) {
            out.add(new DoseProposal(drug, "no-row", null, null, null, current, null, null, false, t.sources(),
                    drug + ": no row of the label table matches " + termId + " grade " + grade
                            + " — follow the label and clinical judgement"));
        }
        return out;
    }

    private DoseProposal proposal(DoseModificationTable t, DoseRule r, List<String> levels, String current, int grade,
                                  int occurrence) {
        String resumeWhen = r.resumeWhen() != null ? r.resumeWhen()
                : r.resumeAtGrade() != null ? "grade <= " + r.resumeAtGrade() : null;
        String resumeDose = resumeDose(t, r, levels, current);
        String action = r.action();
        if ("discontinue".equals(resumeDose)) {
            action = "discontinue";
        }
        String condition = r.context() != null ? r.context() : r.criterion();
        StringBuilder text = new StringBuilder(t.drug()).append(": ");
        if (condition != null) {
            text.append("if ").append(condition).append(": ");
        }
        text.append(switch (action) {
            case "continue" -> "continue at the current dose" + (current != null ? " (" + current + ")" : "");
            case "hold" -> "hold";
            case "reduce" -> "reduce";
            case "consider-hold" -> "consider holding";
            case "consider-reduce" -> "consider reducing";
            case "see-label" -> "see the label";
            default -> "discontinue";
        });
        if (resumeWhen != null && !"discontinue".equals(action)) {
            text.append(" until ").append(resumeWhen);
        }
        if (resumeDose != null && !"discontinue".equals(action) && !"continue".equals(action)) {
            text.append(", then ").append("hold".equals(action) || "consider-hold".equals(action) ? "resume at " : "to ")
                    .append(resumeDose);
            if (r.resumeAt() != null && r.resumeAt().equals("next-lower") && current != null) {
                text.append(" (one level below ").append(current).append(")");
            } else if ("same".equals(r.resumeAt())) {
                text.append(" (same dose)");
            }
        }
        if ("discontinue".equals(action) && !"discontinue".equals(r.action())) {
            text.append(" (no lower dose level below ").append(current).append(")");
        }
        if (r.plus() != null) {
            text.append("; ").append(r.plus());
        }
        if (r.recheck() != null) {
            text.append("; recheck: ").append(r.recheck());
        }
        text.append(" [").append(String.join(", ", sources(t, r))).append("; label grading CTCAE ")
                .append(t.ctcaeVersion()).append(occurrence > 1 ? "; occurrence " + occurrence : "").append(']');
        if (!r.verified()) {
            text.append(" UNVERIFIED: check the current label before use");
        }
        return new DoseProposal(t.drug(), action, condition, resumeWhen, resumeDose, current, r.plus(), r.recheck(),
                r.verified(), sources(t, r), text.toString());
    }

    private static List<String> sources(DoseModificationTable t, DoseRule r) {
        return r.sources().isEmpty() ? t.sources() : r.sources();
    }

    /** The dose to resume at: same, next-lower (or discontinue below the lowest), a named level, or the row's text. */
    private static String resumeDose(DoseModificationTable t, DoseRule r, List<String> levels, String current) {
        if (r.resumeAt() == null) {
            return null;
        }
        return switch (r.resumeAt()) {
            case "same" -> current;
            case "next-lower" -> {
                int i = levels.indexOf(current);
                yield i < 0 ? "the next lower dose level" : i + 1 < levels.size() ? levels.get(i + 1) : t.belowLowest();
            }
            default -> r.resumeAt();
        };
    }

    private Set<String> categories(String termId) {
        Set<String> out = new TreeSet<>();
        ck.ctcae().term(termId).map(CtcaeTerm::categories).ifPresent(out::addAll);
        return out;
    }

    private static boolean aeMatches(DoseRule r, String termId, Set<String> categories, DoseModificationTable t) {
        for (String a : r.ae()) {
            if (a.equals("any") || a.equals(termId) || categories.contains(a)) {
                return true;
            }
            if (a.equals("other") && !namedElsewhere(t, termId, categories)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another row names the term or one of its categories (then "other" does not apply). */
    private static boolean namedElsewhere(DoseModificationTable t, String termId, Set<String> categories) {
        for (DoseRule r : t.rules()) {
            for (String a : r.ae()) {
                if (!a.equals("other") && !a.equals("any") && (a.equals(termId) || categories.contains(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean gradeMatches(DoseRule r, int grade) {
        if (!r.grades().isEmpty()) {
            return r.grades().contains(grade);
        }
        return r.minGrade() == null || grade >= r.minGrade();
    }

    private static boolean occurrenceMatches(DoseRule r, int occurrence) {
        if (r.occurrence() != null) {
            return r.occurrence() == occurrence;
        }
        return r.minOccurrence() == null || occurrence >= r.minOccurrence();
    }
}
