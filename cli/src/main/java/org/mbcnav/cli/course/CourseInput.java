package org.mbcnav.cli.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.mbcnav.cli.KnowledgeOption;
import org.mbcnav.io.CourseReader;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.kb.CourseKnowledgeLoader;
import org.mbcnav.model.course.Course;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.knowledge.Knowledge;

/** Loads the knowledge base, the course rules and a course file: everything a course command needs. */
record CourseInput(Knowledge knowledge, CourseKnowledge rules, Course course, Path file, String text) {

    static CourseInput load(KnowledgeOption kb, Path file, LocalDate asOf) throws InputException {
        Knowledge k = kb.load();
        CourseKnowledge ck = new CourseKnowledgeLoader().load(kb.resolve(), k);
        String text = text(file);
        Course course = new CourseReader(k.drugs().keySet()).read(text, file.toString(), asOf);
        return new CourseInput(k, ck, course, file, text);
    }

    static String text(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(file.toString(), "", 0, 0, "no such course file"));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage()));
        }
    }
}
