package org.mbcnav.model.knowledge;

import java.time.LocalDate;

/** The knowledge release: version, date, evidence horizon, and the disclaimer every output carries. */
public record Release(String version, LocalDate date, String evidenceHorizon, String summary, String disclaimer) {
}
