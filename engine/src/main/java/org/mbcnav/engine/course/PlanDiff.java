package org.mbcnav.engine.course;

import java.util.List;

/**
 * What changed between two plans for the same patient, and why: options added (with the
 * reasons they are now offered) or removed (with the reasons they are now ruled out), options
 * that moved in rank, exclusions whose kind or reasons changed, missing tests that appeared or
 * were settled, and changes in the derived patient summary (line, subtype, HER2...).
 */
public record PlanDiff(
        List<String> summaryChanges,
        List<OptionChange> added,
        List<OptionChange> removed,
        List<OptionMove> moved,
        List<ExclusionChange> exclusionsChanged,
        List<String> missingTestsAdded,
        List<String> missingTestsSettled) {

    public PlanDiff {
        summaryChanges = List.copyOf(summaryChanges);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        moved = List.copyOf(moved);
        exclusionsChanged = List.copyOf(exclusionsChanged);
        missingTestsAdded = List.copyOf(missingTestsAdded);
        missingTestsSettled = List.copyOf(missingTestsSettled);
    }

    public boolean empty() {
        return summaryChanges.isEmpty() && added.isEmpty() && removed.isEmpty() && moved.isEmpty()
                && exclusionsChanged.isEmpty() && missingTestsAdded.isEmpty() && missingTestsSettled.isEmpty();
    }

    /** An option that appeared (rank in the new plan) or disappeared (rank in the old plan, and now how it is ruled out). */
    public record OptionChange(String id, String title, int rank, String nowKind, List<String> why) {
        public OptionChange {
            why = List.copyOf(why);
        }
    }

    public record OptionMove(String id, String title, int fromRank, int toRank) {
    }

    public record ExclusionChange(String id, String title, String fromKind, String toKind, List<String> fromReasons,
                                  List<String> toReasons) {
        public ExclusionChange {
            fromReasons = List.copyOf(fromReasons);
            toReasons = List.copyOf(toReasons);
        }
    }
}
