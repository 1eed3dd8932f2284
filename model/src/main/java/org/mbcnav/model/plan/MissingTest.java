package org.mbcnav.model.plan;

import java.util.List;

/** A test not done (or out of date) that would change the plan, with the options it would open. */
public record MissingTest(String id, String title, String why, String specimen, List<String> opens,
                          List<SourceRef> sources) {
    public MissingTest {
        opens = List.copyOf(opens);
        sources = List.copyOf(sources);
    }
}
