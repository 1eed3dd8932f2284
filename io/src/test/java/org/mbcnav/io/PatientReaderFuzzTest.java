package org.mbcnav.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the native patient reader (LocatingReader, SchemaCheck, calendar and clinical checks) with
 * arbitrary bytes, seeded with examples/patients. The only allowed failure is an InputException whose
 * every problem names the input and a place in it (a line or a JSON pointer) and says what is wrong;
 * any other exception, an unlocated problem or a run over the timeout is a finding.
 *
 * Without JAZZER_FUZZ this replays the kept inputs in PatientReaderFuzzTestInputs/nativePatient/
 * (seeds and every past finding); see docs/reliability.md for a fuzzing campaign.
 */
class PatientReaderFuzzTest {
    private static final String NAME = "fuzzed.yaml";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final PatientReader READER = new PatientReader(knownDrugs());

    /** The drug names of knowledge/drugs.yaml, read with the reader under test's own tree parser. */
    private static Set<String> knownDrugs() {
        Path file = Path.of(System.getProperty("mbcnav.root", "..")).resolve("knowledge/drugs.yaml");
        try {
            LocatedTree tree = new LocatingReader().read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            Set<String> names = new HashSet<>();
            tree.root().path("drugs").forEach(d -> names.add(d.path("name").asText()));
            return names;
        } catch (IOException | InputException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nativePatient(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            READER.read(text, NAME, AS_OF);
        } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty();
            for (InputProblem p : e.problems()) {
                assertThat(p.file()).isEqualTo(NAME);
                assertThat(p.message()).as("problem at %s", p.pointer()).isNotBlank();
                assertThat(p.line() > 0 || !p.pointer().isEmpty()).as("located: %s", p.describe()).isTrue();
            }
        }
    }
}
