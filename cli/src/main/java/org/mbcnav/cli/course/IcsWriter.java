package org.mbcnav.cli.course;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.mbcnav.engine.course.CourseStatus;
import org.mbcnav.engine.course.ScheduledCheck;

/**
 * Writes upcoming monitoring as RFC 5545 iCalendar: CRLF line ends, lines folded at 75 octets,
 * text escaped, one all-day VEVENT per date with a stable UID so that re-importing updates
 * instead of duplicating. DTSTAMP is the as-of date, so the same course gives the same file.
 */
final class IcsWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    String write(String courseId, CourseStatus status, LocalDate asOf) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//MBC Navigator//course monitoring//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        String id = courseId == null ? "course" : courseId;
        for (ScheduledCheck c : status.upcoming()) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + id + "-" + c.id() + "-" + c.due().format(DAY) + "@mbcnav");
            line(b, "DTSTAMP:" + asOf.format(DAY) + "T000000Z");
            line(b, "DTSTART;VALUE=DATE:" + c.due().format(DAY));
            line(b, "DTEND;VALUE=DATE:" + c.due().plusDays(1).format(DAY));
            line(b, "SUMMARY:" + escape(c.title()));
            line(b, "CATEGORIES:" + escape(c.kind()));
            line(b, "DESCRIPTION:" + escape((c.rationale() == null ? "" : c.rationale())
                    + " (MBC Navigator supports the care team's decisions; it does not replace them.)"));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 §3.1). */
    static void line(StringBuilder b, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            b.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        b.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
