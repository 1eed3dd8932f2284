package org.mbcnav.model.plan;

import java.util.List;

/** A warning on an offered option: severity "warning", or "check" when a fact is not recorded. */
public record Warning(String severity, String reason, List<String> sources) {
    public Warning {
        sources = List.copyOf(sources);
    }
}
