package org.mbcnav.cli.course;

import org.mbcnav.engine.course.CourseProblem;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.TimelineEntry;
import org.mbcnav.model.course.Course;

/** The replayed course as text: one block per timeline entry, then the status and any problems. */
final class TimelineRenderer {
    String render(Course course, CourseReplay replay, String disclaimer) {
        StringBuilder b = new StringBuilder();
        b.append("Course ").append(course.id() == null ? "" : course.id())
                .append(course.title() == null ? "" : " — " + course.title()).append('\n');
        b.append("Patient ").append(course.patient().id()).append("; replayed to ").append(replay.asOf())
                .append("; ").append(course.events().size()).append(" event(s)\n\n");
        for (TimelineEntry e : replay.timeline()) {
            b.append(e.date()).append("  ").append(String.format("%-16s", e.kind().toUpperCase(java.util.Locale.ROOT)))
                    .append(e.headline()).append('\n');
            for (String d : e.details()) {
                b.append("                              ").append(d).append('\n');
            }
            b.append('\n');
        }
        b.append(new StatusRenderer().render(course, replay));
        if (!replay.problems().isEmpty()) {
            b.append("\nProblems in the course file:\n");
            for (CourseProblem p : replay.problems()) {
                b.append("  ").append(p.describe()).append('\n');
            }
        }
        b.append('\n').append(disclaimer).append('\n');
        return b.toString();
    }
}
