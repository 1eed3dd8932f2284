package org.mbcnav.cli.course;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.mbcnav.engine.course.CourseStatus;
import org.mbcnav.engine.course.ScheduledCheck;
import org.mbcnav.report.Ics;

/**
 * Upcoming monitoring of a course as RFC 5545 iCalendar, written by the report module's one
 * iCalendar writer (the web app's plan calendar uses it too). UIDs are stable so that
 * re-importing updates instead of duplicating; DTSTAMP is the as-of date.
 */
final class IcsWriter {
    String write(String courseId, CourseStatus status, LocalDate asOf) {
        String id = courseId == null ? "course" : courseId;
        return Ics.write("-//MBC Navigator//course monitoring//EN", asOf, status.upcoming().stream()
                .map(c -> new Ics.Event(id + "-" + c.id() + "-" + c.due().format(DateTimeFormatter.BASIC_ISO_DATE) + "@mbcnav",
                        c.due(), c.title(), c.kind(), (c.rationale() == null ? "" : c.rationale())
                                + " (MBC Navigator supports the care team's decisions; it does not replace them.)"))
                .toList());
    }

    /** One folded content line (kept for the course tests that check folding of multi-byte text). */
    static void line(StringBuilder b, String content) {
        Ics.line(b, content);
    }
}
