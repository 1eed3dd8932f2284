package org.mbcnav.model.knowledge;

import java.time.LocalDate;

/** A cited source: label, regulator notice, trial publication, guideline... */
public record Source(String id, String kind, String title, String publisher, String url, LocalDate date,
                     LocalDate checked, String note) {
}
