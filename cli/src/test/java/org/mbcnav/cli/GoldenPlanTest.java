package org.mbcnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcnav.cli.render.Colors;
import org.mbcnav.cli.render.JsonPlanRenderer;
import org.mbcnav.engine.Planner;
import org.mbcnav.io.InputException;
import org.mbcnav.io.PatientReader;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * Every example patient's whole plan, compared in full with its golden file in examples/plans/.
 * A changed plan shows up as a readable diff; after reviewing it, refresh the files with
 * `./run-tests -pl cli -am -Dtest=GoldenPlanTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false`.
 */
class GoldenPlanTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final Path ROOT = Path.of(System.getProperty("mbcnav.root", ".."));
    private static Knowledge knowledge;

    static synchronized Knowledge kb() throws InputException {
        if (knowledge == null) {
            knowledge = new KnowledgeLoader().load(ROOT.resolve("knowledge"));
        }
        return knowledge;
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("examples/patients"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void planMatchesItsGoldenFile(Path example) throws Exception {
        Knowledge k = kb();
        var patient = new PatientReader(k.drugs().keySet()).read(example, AS_OF);
        String json = new JsonPlanRenderer().render(new Planner(k).plan(patient, AS_OF), new Colors(false));
        Path golden = ROOT.resolve("examples/plans").resolve(patient.id() + ".json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json);
        }
        String expected = Files.readString(golden);
        if (!expected.equals(json)) {
            throw new AssertionError("the plan for " + patient.id() + " differs from " + golden + ":\n" + diff(expected, json));
        }
        assertThat(json).isEqualTo(expected);
    }

    /** The first differing lines with context, enough to see what changed. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        StringBuilder out = new StringBuilder("first difference at line " + (i + 1) + "\n");
        for (int j = Math.max(0, i - 3); j < Math.min(a.size(), i + 6); j++) {
            out.append(j == i ? "- " : "  ").append(a.get(j)).append('\n');
        }
        for (int j = i; j < Math.min(b.size(), i + 6); j++) {
            out.append("+ ").append(b.get(j)).append('\n');
        }
        return out.toString();
    }
}
