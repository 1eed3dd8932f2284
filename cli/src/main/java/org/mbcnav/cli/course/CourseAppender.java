package org.mbcnav.cli.course;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.engine.course.CourseProblem;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseReplayer;
import org.mbcnav.engine.course.TimelineEntry;
import org.mbcnav.io.AtomicFiles;
import org.mbcnav.io.CourseEventWriter;
import org.mbcnav.io.CourseReader;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.model.course.Course;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Appends one event to a course file only when the whole course still reads and replays
 * without a problem at the new event; otherwise the file is left untouched and every problem is
 * reported (exit 2) with the field it concerns. The file is replaced atomically.
 */
final class CourseAppender {
    private CourseAppender() {
    }

    static int append(KnowledgeOption kb, Path file, ObjectNode event, CommandSpec spec)
            throws InputException, IOException {
        CourseInput in = CourseInput.load(kb, file, LocalDate.MAX);
        int index = in.course().events().size();
        String pointer = "/events/" + index;
        LocatedTree tree = new LocatingReader().read(in.text(), file.toString());
        List<InputProblem> problems = new ArrayList<>();
        LocatedTree eventTree = new LocatedTree(file.toString() + " (new event)", event, java.util.Map.of());
        new CourseReader(in.knowledge().drugs().keySet()).event(eventTree, event, pointer, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        CourseEventWriter writer = new CourseEventWriter();
        String text;
        try {
            text = writer.append(in.text(), tree.root(), event);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), pointer, 0, 0, "cannot be written: " + e.getMessage()));
        }
        Course updated = new CourseReader(in.knowledge().drugs().keySet()).read(text, file.toString(), LocalDate.MAX);
        LocalDate last = updated.events().stream().map(e -> e.date()).max(LocalDate::compareTo).orElseThrow();
        CourseReplay replay = new CourseReplayer(in.knowledge(), in.rules()).replay(updated, last);
        List<InputProblem> semantic = new ArrayList<>();
        for (CourseProblem p : replay.problems()) {
            if (p.eventIndex() == index) {
                semantic.add(new InputProblem(file.toString(), pointer + (p.field().isEmpty() ? "" : "/" + p.field()), 0, 0,
                        p.message()));
            }
        }
        if (!semantic.isEmpty()) {
            throw new InputException(semantic);
        }
        // Replaced whole or not at all: a full disk leaves the course file as it was.
        AtomicFiles.writeString(file, text);
        var out = spec.commandLine().getOut();
        out.println("added event " + index + " (" + event.get("type").asText() + ") to " + file
                + (writer.rewritten() ? " (the file was rewritten; comments were not kept)" : ""));
        for (TimelineEntry e : replay.timeline()) {
            if (e.eventIndex() == index) {
                out.println(e.date() + "  " + e.headline());
                e.details().forEach(d -> out.println("    " + d));
            }
        }
        out.flush();
        return 0;
    }
}
