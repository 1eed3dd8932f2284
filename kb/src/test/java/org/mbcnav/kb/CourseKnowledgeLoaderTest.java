package org.mbcnav.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.course.knowledge.CourseKnowledge;
import org.mbcnav.model.course.knowledge.Interval;
import org.mbcnav.model.knowledge.Knowledge;

/** knowledge/course/ loads cleanly, and a broken copy is refused with every problem located. */
class CourseKnowledgeLoaderTest {
    private static final Path KB = Path.of("knowledge");

    @Test
    void theRepositoryCourseKnowledgeIsValid() throws Exception {
        Knowledge k = new KnowledgeLoader().load(KB);
        assertThat(new CourseKnowledgeLoader().validate(KB, k)).isEmpty();
        CourseKnowledge ck = new CourseKnowledgeLoader().load(KB, k);
        assertThat(ck.recist().prDecreasePercent()).isEqualTo(30);
        assertThat(ck.recist().section("targetResponse")).isEqualTo("RECIST 1.1 §4.3.1");
        assertThat(ck.ctcae().terms()).filteredOn(t -> t.lab() != null).hasSize(9);
        assertThat(ck.doseModifications()).hasSize(14);
        assertThat(ck.doseModifications()).allMatch(t -> !t.sources().isEmpty() && t.lastReviewed() != null);
        assertThat(ck.doseModifications().stream().flatMap(t -> t.rules().stream()).filter(r -> !r.verified()))
                .as("unverified rows are kept").isNotEmpty();
    }

    @Test
    void brokenFilesAreRefusedWithTheirPositions(@TempDir Path tmp) throws Exception {
        Knowledge k = new KnowledgeLoader().load(KB);
        Path dir = tmp.resolve("course");
        Files.createDirectories(dir);
        for (String f : List.of("recist.yaml", "ctcae.yaml", "replanning.yaml")) {
            Files.copy(KB.resolve("course").resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("dose-modifications.yaml"), """
                doseModifications:
                  - drug: notadrug
                    ctcaeVersion: label
                    doseLevels: ["1 mg"]
                    belowLowest: discontinue
                    sources: [no-such-source]
                    lastReviewed: 2026-11-28
                    rules:
                      - {ae: [no-such-term], grades: [9], action: explode}
                """);
        List<InputProblem> problems = new CourseKnowledgeLoader().validate(tmp, k);
        assertThat(problems).extracting(InputProblem::message)
                .anyMatch(m -> m.contains("unknown drug 'notadrug'"))
                .anyMatch(m -> m.contains("unknown source 'no-such-source'"))
                .anyMatch(m -> m.contains("'no-such-term' is neither"))
                .anyMatch(m -> m.contains("a grade is a whole number 1-5"))
                .anyMatch(m -> m.contains("'explode' is not one of"))
                .anyMatch(m -> m.contains("verified: true"));
        assertThat(problems).allMatch(p -> p.line() > 0);
        assertThatThrownBy(() -> new CourseKnowledgeLoader().load(tmp, k)).isInstanceOf(org.mbcnav.io.InputException.class);
    }

    @Test
    void intervals() {
        Interval i = IntervalParser.parse("[1.5, LLN)");
        assertThat(i.contains(1.5, 2.0)).isTrue();
        assertThat(i.contains(2.0, 2.0)).isFalse();
        assertThat(i.contains(1.6, null)).isNull();
        Interval open = IntervalParser.parse("(20.0, inf)");
        assertThat(open.contains(20.0, null)).isFalse();
        assertThat(open.contains(20.01, null)).isTrue();
        assertThatThrownBy(() -> IntervalParser.parse("1..2")).hasMessageContaining("not an interval");
        assertThatThrownBy(() -> IntervalParser.parse("[5, 1]")).hasMessageContaining("lower bound");
    }
}
