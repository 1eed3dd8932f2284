package org.mbcnav.fhir;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FHIR date, dateTime and instant values reduced to the calendar date the clinic wrote. The time
 * zone is not applied: "2017-07-21T23:41:09-04:00" is 21 July for that clinic, and shifting it
 * to UTC would move the event to the next day. Partial dates (year, year-month) are read as the
 * first day of the period and reported, because the model holds whole dates only.
 */
final class FhirDate {
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(T.*)?$");

    private FhirDate() {
    }

    static Optional<LocalDate> parse(String value, IssueLog log, String where) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(value.trim());
        if (!m.matches()) {
            log.warning(where, value, "not a FHIR date or dateTime; ignored");
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                log.info(where, value, "year-only date read as " + year + "-01-01");
                return Optional.of(LocalDate.of(year, 1, 1));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                log.info(where, value, "year-month date read as the first day of the month");
                return Optional.of(LocalDate.of(year, month, 1));
            }
            return Optional.of(LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)));
        } catch (java.time.DateTimeException e) {
            log.warning(where, value, "not a real calendar date; ignored");
            return Optional.empty();
        }
    }
}
