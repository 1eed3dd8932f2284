package org.mbcnav.model.knowledge;

import java.util.List;

/** Either fixed days (at) or a repetition every N days from one day until another. */
public record ScheduleStep(List<Integer> at, Integer every, Integer from, Integer until) {
    public ScheduleStep {
        at = at == null ? List.of() : List.copyOf(at);
    }
}
