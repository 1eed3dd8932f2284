package org.mbcnav.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.mbcnav.engine.course.CourseStatus;

/**
 * The coming monitoring of a course (its upcoming scheduled checks) as RFC 5545 iCalendar, for
 * `mbcnav course ics` and the service alike. UIDs are stable so that re-importing updates
 * instead of duplicating; DTSTAMP is the as-of date.
 */
public final class CourseCalendar {
    private CourseCalendar() {
    }

    public static String ics(String courseId, CourseStatus status, LocalDate asOf) {
        String id = courseId == null ? "course" : courseId;
        return Ics.write("-//MBC Navigator//course monitoring//EN", asOf, status.upcoming().stream()
                .map(c -> new Ics.Event(id + "-" + c.id() + "-" + c.due().format(DateTimeFormatter.BASIC_ISO_DATE) + "@mbcnav",
                        c.due(), c.title(), c.kind(), (c.rationale() == null ? "" : c.rationale())
                                + " (MBC Navigator supports the care team's decisions; it does not replace them.)"))
                .toList());
    }
}
