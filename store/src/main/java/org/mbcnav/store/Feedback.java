package org.mbcnav.store;

import java.time.Instant;

/** One CDS Hooks feedback report on a card: accepted or overridden, with the reason if given. */
public record Feedback(String serviceId, String card, String outcome, String outcomeAt, String reasonSystem,
                       String reasonCode, String userComment, String acceptedSuggestions, String actor,
                       Instant receivedAt) {
}
