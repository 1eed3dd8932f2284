package org.mbcnav.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.course.knowledge.CtcaeTable;
import org.mbcnav.model.course.knowledge.DoseModificationTable;
import org.mbcnav.model.course.knowledge.RecistRules;
import org.mbcnav.model.course.knowledge.ReplanTriggers;
import org.mbcnav.model.course.knowledge.TrackingSettings;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * Loads knowledge/course/ (RECIST, CTCAE, dose modifications, re-planning triggers; see
 * docs/knowledge-format.md, "Course tracking") against an already loaded knowledge base, whose
 * sources and drugs it cites. Like KnowledgeLoader it returns nothing when anything is wrong.
 */
public final class CourseKnowledgeLoader {
    private final KnowledgeFiles files = new KnowledgeFiles(null);

    public CourseKnowledge load(Path knowledgeDir, Knowledge k) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        CourseKnowledge ck = read(knowledgeDir.resolve("course"), k, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return ck;
    }

    /** Every problem in knowledge/course/; empty when it is valid. */
    public List<InputProblem> validate(Path knowledgeDir, Knowledge k) {
        List<InputProblem> problems = new ArrayList<>();
        read(knowledgeDir.resolve("course"), k, problems);
        return problems;
    }

    private CourseKnowledge read(Path dir, Knowledge k, List<InputProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new InputProblem(dir.toString(), "", 0, 0, "missing directory (course tracking rules)"));
            return null;
        }
        CourseParsers parsers = new CourseParsers(k);
        RecistRules recist = files.single(dir.resolve("recist.yaml"), "recist", parsers::recist, problems);
        CtcaeTable ctcae = files.single(dir.resolve("ctcae.yaml"), "ctcae", parsers::ctcae, problems);
        LocatedTree replanning = files.tree(dir.resolve("replanning.yaml"), problems);
        ReplanTriggers triggers = null;
        TrackingSettings tracking = null;
        if (replanning != null) {
            Fields top = new Fields(replanning, replanning.root(), "", problems);
            Fields t = top.object("replanTriggers", true);
            triggers = t == null ? null : parsers.triggers(t);
            Fields s = top.object("tracking", true);
            tracking = s == null ? null : parsers.tracking(s);
            done(t, s);
            top.done();
        }
        List<DoseModificationTable> tables = new ArrayList<>();
        LocatedTree doses = files.tree(dir.resolve("dose-modifications.yaml"), problems);
        if (doses != null) {
            Fields top = new Fields(doses, doses.root(), "", problems);
            tables.addAll(top.objects("doseModifications", (f, i) -> parsers.doseTable(f, ctcae)));
            top.done();
        }
        if (recist == null || ctcae == null || triggers == null || tracking == null) {
            return null;
        }
        parsers.checkUniqueDrugs(tables, problems, dir.resolve("dose-modifications.yaml").toString());
        return new CourseKnowledge(recist, ctcae, tables, triggers, tracking);
    }

    private static void done(Fields... fields) {
        for (Fields f : fields) {
            if (f != null) {
                f.done();
            }
        }
    }
}
