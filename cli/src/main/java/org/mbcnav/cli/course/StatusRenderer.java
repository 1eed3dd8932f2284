package org.mbcnav.cli.course;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mbcnav.engine.course.AdverseEventAssessment;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseStatus;
import org.mbcnav.engine.course.ScheduledCheck;
import org.mbcnav.model.course.Course;

/** Where the course stands, as text. */
final class StatusRenderer {
    String render(Course course, CourseReplay replay) {
        CourseStatus s = replay.status();
        StringBuilder b = new StringBuilder("Status as of ").append(s.asOf()).append('\n');
        if (s.drugs().isEmpty()) {
            b.append("  No regimen running.\n");
        } else {
            b.append("  Line ").append(s.line()).append(" since ").append(s.lineStart()).append(": ")
                    .append(String.join(" + ", s.drugs())).append('\n');
            s.doses().forEach((d, dose) -> b.append("    ").append(d).append(": ").append(dose).append('\n'));
            if (s.lastResponse() != null) {
                b.append("  Last RECIST response: ").append(s.lastResponse().overall().label()).append(" on ")
                        .append(s.lastResponse().date()).append('\n');
            }
            if (s.bestResponse() != null) {
                b.append("  Best overall response so far: ").append(s.bestResponse().label()).append('\n');
            }
            for (AdverseEventAssessment a : s.adverseEvents()) {
                b.append("  Toxicity ").append(a.date()).append(": ").append(a.term()).append(" grade ").append(a.grade())
                        .append('\n');
            }
            b.append(overdue(s));
            b.append("  Next monitoring:\n");
            Map<String, ScheduledCheck> next = new LinkedHashMap<>();
            s.upcoming().forEach(c -> next.putIfAbsent(c.id(), c));
            if (next.isEmpty()) {
                b.append("    nothing scheduled in the coming window\n");
            }
            next.values().forEach(c -> b.append("    ").append(c.due()).append("  ").append(c.title()).append('\n'));
        }
        b.append("  Current plan (line ").append(s.plan().patientSummary().line()).append(" about to start): ")
                .append(s.plan().options().size()).append(" option(s)\n");
        s.plan().options().stream().limit(5).forEach(o -> b.append("    #").append(o.rank()).append(' ').append(o.title())
                .append(" [").append(o.category()).append("]\n"));
        return b.toString();
    }

    private static String overdue(CourseStatus s) {
        StringBuilder b = new StringBuilder();
        for (ScheduledCheck c : s.overdue()) {
            b.append("  ").append(c.status().equals("overdue") ? "OVERDUE" : "due").append(": ").append(c.title())
                    .append(" (scheduled ").append(c.due()).append(')')
                    .append(c.missedEarlier() > 0 ? "; " + c.missedEarlier() + " earlier date(s) without a record" : "")
                    .append('\n');
        }
        return b.toString();
    }
}
