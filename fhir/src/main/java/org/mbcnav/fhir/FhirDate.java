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
        String v = value.trim();
        if (isFullDate(v)) {
            // The usual form (a full date, with or without a time) without the regular expression.
            try {
                return Optional.of(LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10)));
            } catch (java.time.DateTimeException e) {
                log.warning(where, value, "not a real calendar date; ignored");
                return Optional.empty();
            }
        }
        Matcher m = DATE.matcher(v);
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

    /** "YYYY-MM-DD", alone or followed by "T...": what {@link #DATE} matches with all three parts. */
    private static boolean isFullDate(String v) {
        return v.length() >= 10 && (v.length() == 10 || v.charAt(10) == 'T') && v.charAt(4) == '-' && v.charAt(7) == '-'
                && isDigits(v, 0, 4) && isDigits(v, 5, 7) && isDigits(v, 8, 10) && noLineBreak(v, 10);
    }

    /** The regular expression's "." stops at line terminators, so a time with one does not match. */
    private static boolean noLineBreak(String v, int from) {
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }
}
