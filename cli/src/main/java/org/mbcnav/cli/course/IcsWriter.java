package org.mbcnav.cli.course;

import java.time.LocalDate;
import org.mbcnav.engine.course.CourseStatus;
import org.mbcnav.report.CourseCalendar;
import org.mbcnav.report.Ics;

/**
 * Upcoming monitoring of a course as RFC 5545 iCalendar: the report module's CourseCalendar,
 * which the service's course calendar uses too.
 */
final class IcsWriter {
    String write(String courseId, CourseStatus status, LocalDate asOf) {
        return CourseCalendar.ics(courseId, status, asOf);
    }

    /** One folded content line (kept for the course tests that check folding of multi-byte text). */
    static void line(StringBuilder b, String content) {
        Ics.line(b, content);
    }
}
