package org.mbcnav.model.knowledge;

import java.time.LocalDate;

/** The knowledge release: version, date and evidence horizon. */
public record Release(String version, LocalDate date, String evidenceHorizon, String summary) {
}
