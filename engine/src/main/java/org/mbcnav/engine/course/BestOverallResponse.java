package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.List;

/**
 * Best overall response over a treatment line's time points (RECIST 1.1 §4.4.3). When
 * confirmation is required, confirmed says whether a CR/PR was confirmed; pendingConfirmation
 * says the best response so far is an unconfirmed CR/PR still waiting for a scan at least the
 * confirmation interval later.
 */
public record BestOverallResponse(OverallResponse response, boolean confirmed, boolean pendingConfirmation,
                                  LocalDate date, List<String> trace) {
    public BestOverallResponse {
        trace = List.copyOf(trace);
    }

    /** "PR", "confirmed PR", "UNCONFIRMED_PR" (pending), as shown to users and tests. */
    public String label() {
        if (pendingConfirmation) {
            return "UNCONFIRMED_" + response.name();
        }
        return response.label();
    }
}
