package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.io.Mappers;

/** Re-running gives the same bytes; so does any number of threads (the planner is safe to share knowledge across threads). */
class RerunAndThreadsTest {
    @Test
    void reRunIsIdempotentAndThreadsDoNotChangeTheReport(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("pop");
        new SyntheticPopulation(SynthModel.defaults(), TestKnowledge.get(), Mappers.json()).write(120, 3, LocalDate.of(2026, 6, 1), export, false, Progress.NONE);
        Files.writeString(export.resolve("Condition.ndjson"), "not json at all\n", java.nio.file.StandardOpenOption.APPEND);
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        CohortEngine engine = new CohortEngine();
        engine.run(new CohortSettings(export, dir.resolve("a"), asOf, TestKnowledge.get(), null, 2), Progress.NONE);
        String first = report(dir.resolve("a"));
        engine.run(new CohortSettings(export, dir.resolve("a"), asOf, TestKnowledge.get(), null, 2), Progress.NONE);
        assertThat(report(dir.resolve("a"))).isEqualTo(first);
        assertThat(dir.resolve("a")).isDirectoryNotContaining("glob:**.tmp");
        engine.run(new CohortSettings(export, dir.resolve("b"), asOf, TestKnowledge.get(), null, 1), Progress.NONE);
        assertThat(report(dir.resolve("b"))).isEqualTo(first);
        assertThat(first).contains("\"malformedLines\" : 1");
    }

    private static String report(Path out) throws Exception {
        return Files.readString(out.resolve("plans.ndjson")) + Files.readString(out.resolve("aggregates.json"))
                + Files.readString(out.resolve("summary.html"));
    }
}
