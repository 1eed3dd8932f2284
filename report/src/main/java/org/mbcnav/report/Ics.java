package org.mbcnav.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 5545 iCalendar of all-day events: CRLF line ends, lines folded at 75 octets, text escaped,
 * a stable UID per event so that re-importing updates instead of duplicating, and DTSTAMP from
 * the as-of date so that the same input gives the same file.
 */
public final class Ics {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** One all-day event. */
    public record Event(String uid, LocalDate date, String summary, String category, String description) {
    }

    private Ics() {
    }

    public static String write(String prodId, LocalDate stamp, List<Event> events) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:" + prodId);
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        for (Event e : events) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + e.uid());
            line(b, "DTSTAMP:" + stamp.format(DAY) + "T000000Z");
            line(b, "DTSTART;VALUE=DATE:" + e.date().format(DAY));
            line(b, "DTEND;VALUE=DATE:" + e.date().plusDays(1).format(DAY));
            line(b, "SUMMARY:" + escape(e.summary()));
            if (e.category() != null) {
                line(b, "CATEGORIES:" + escape(e.category()));
            }
            line(b, "DESCRIPTION:" + escape(e.description() == null ? "" : e.description()));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 §3.1). */
    public static void line(StringBuilder b, String content) {
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
