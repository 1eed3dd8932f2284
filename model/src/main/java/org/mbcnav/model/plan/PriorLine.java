package org.mbcnav.model.plan;

import java.time.LocalDate;
import java.util.List;

/** A metastatic line of therapy already given. */
public record PriorLine(int line, List<String> drugs, LocalDate start, LocalDate end, String stopReason) {
    public PriorLine {
        drugs = List.copyOf(drugs);
    }
}
