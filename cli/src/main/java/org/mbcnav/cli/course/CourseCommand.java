package org.mbcnav.cli.course;

import picocli.CommandLine.Command;

/** `mbcnav course`: follow a patient's course of treatment in a course file (docs/course-tracking.md). */
@Command(name = "course", mixinStandardHelpOptions = true,
        description = {"Follow a course of treatment: scans (RECIST 1.1), toxicities (CTCAE v5) with label dose",
                "proposals, liquid biopsies, progression and re-planning, and the monitoring schedule."},
        subcommands = {ReplayCommand.class, StatusCommand.class, IcsCommand.class, AddScanCommand.class,
                AddAeCommand.class, AddCtdnaCommand.class, ProgressCommand.class, AddEventCommand.class},
        footer = {"", "Examples:", "  mbcnav course replay examples/courses/hr-positive-multi-year.yaml",
                "  mbcnav course status my-course.yaml --as-of 2026-03-01",
                "  mbcnav course add-ae my-course.yaml --date 2026-03-02 --lab anc=0.8"})
public final class CourseCommand {
}
