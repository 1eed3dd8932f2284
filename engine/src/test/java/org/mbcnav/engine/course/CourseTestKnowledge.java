package org.mbcnav.engine.course;

import java.nio.file.Path;
import org.mbcnav.kb.CourseKnowledgeLoader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.knowledge.Knowledge;

/** The repository's knowledge base and course rules, loaded once for all course tests. */
final class CourseTestKnowledge {
    static final Knowledge K;
    static final CourseKnowledge CK;

    static {
        try {
            K = new KnowledgeLoader().load(Path.of("knowledge"));
            CK = new CourseKnowledgeLoader().load(Path.of("knowledge"), K);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CourseTestKnowledge() {
    }
}
