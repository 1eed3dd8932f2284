package org.mbcnav.engine.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mbcnav.model.course.Lesion;
import org.mbcnav.model.course.LesionStatus;
import org.mbcnav.model.course.NewLesion;
import org.mbcnav.model.course.Scan;
import org.mbcnav.model.course.knowledge.RecistRules;

/**
 * Every worked vector of the RECIST 1.1 appendix (test resource course/recist-vectors.yaml,
 * copied unchanged) run through the engine: sums, nadir, target and overall responses, PD dating
 * and best overall response with confirmation.
 */
class RecistVectorsTest {
    private static final LocalDate BASELINE = LocalDate.of(2025, 1, 1);
    private static final String NT = "NT";
    private final RecistRules rules = CourseTestKnowledge.CK.recist();

    @TestFactory
    Stream<DynamicTest> everyVector() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/course/recist-vectors.yaml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : root.get("recist_test_vectors")) {
            String name = v.get("id").asText() + " " + v.get("desc").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (v.has("sequence")) {
                    confirmation(v);
                } else {
                    timePoints(v);
                }
            }));
        }
        assertThat(tests).hasSize(26);
        return tests.stream();
    }

    private void timePoints(JsonNode v) {
        JsonNode base = v.get("baseline");
        List<Lesion> lesions = new ArrayList<>();
        for (JsonNode t : base.get("targets")) {
            lesions.add(new Lesion(t.get("id").asText(), t.get("organ").asText(), t.get("nodal").asBoolean(), true,
                    t.get("mm").asDouble(), null, null, null));
        }
        boolean hasNonTarget = !base.get("non_target").asText().equals("NONE");
        if (hasNonTarget) {
            lesions.add(new Lesion(NT, "bone", false, false, null, null, null, null));
        }
        Scan baseline = new Scan(BASELINE, true, null, lesions, null, null, null);
        List<Scan> followUps = new ArrayList<>();
        int n = 0;
        for (JsonNode tp : v.get("timepoints")) {
            n++;
            LocalDate date = tp.has("date") ? LocalDate.parse(tp.get("date").asText()) : BASELINE.plusDays(56L * n);
            List<Lesion> now = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = tp.get("targets").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                now.add(measurement(e.getKey(), e.getValue()));
            }
            if (hasNonTarget) {
                now.add(new Lesion(NT, null, null, null, null, null, nonTarget(tp.get("non_target").asText()), null));
            }
            String nl = tp.get("new_lesion").asText();
            List<NewLesion> fresh = nl.equals("false") ? List.of()
                    : List.of(new NewLesion("NEW", "liver", nl.equals("EQUIVOCAL")));
            followUps.add(new Scan(date, false, null, now, fresh, null, null));
        }
        List<TimePointResponse> got = new RecistEvaluator(rules).series(baseline, followUps);
        int i = 0;
        for (JsonNode tp : v.get("timepoints")) {
            JsonNode want = tp.get("expect");
            TimePointResponse r = got.get(i++);
            String at = v.get("id").asText() + " " + tp.get("label").asText() + " " + r.trace();
            assertThat(r.target().name()).as(at).isEqualTo(want.get("target") == null ? r.target().name()
                    : want.get("target").asText());
            assertThat(r.overall().name()).as(at).isEqualTo(want.get("overall").asText());
            if (want.has("sum_mm")) {
                assertThat(r.sumMm()).as(at).isEqualByComparingTo(BigDecimal.valueOf(want.get("sum_mm").asDouble()));
            }
            if (want.has("known_partial_sum_mm")) {
                assertThat(r.sumMm()).as(at).isNull();
                assertThat(r.knownSumMm()).as(at)
                        .isEqualByComparingTo(BigDecimal.valueOf(want.get("known_partial_sum_mm").asDouble()));
            }
            if (want.has("nadir_before_mm")) {
                assertThat(r.nadirBeforeMm()).as(at)
                        .isEqualByComparingTo(BigDecimal.valueOf(want.get("nadir_before_mm").asDouble()));
            }
            if (want.has("possible_targets")) {
                List<String> possible = new ArrayList<>();
                want.get("possible_targets").forEach(p -> possible.add(p.asText()));
                assertThat(r.possibleTargets().stream().map(Enum::name).toList()).as(at)
                        .containsExactlyInAnyOrderElementsOf(possible);
            }
            if (want.has("pd_date")) {
                assertThat(r.progressionDate()).as(at).isEqualTo(LocalDate.parse(want.get("pd_date").asText()));
            }
            if (want.has("pending_confirmation")) {
                assertThat(r.pendingConfirmation()).as(at).isEqualTo(want.get("pending_confirmation").asBoolean());
            }
            assertThat(r.trace()).as(at).anyMatch(line -> line.contains("RECIST 1.1 §4.4.1"));
        }
    }

    /** Confirmation vectors: overall responses given; FU1 56 days after baseline (28 when SD duration is not met). */
    private void confirmation(JsonNode v) {
        boolean sdMet = !v.has("sd_min_duration_met") || v.get("sd_min_duration_met").asBoolean();
        List<TimePointResponse> tps = new ArrayList<>();
        LocalDate fu1 = BASELINE.plusDays(sdMet ? 56 : 28);
        LocalDate date = fu1;
        for (JsonNode s : v.get("sequence")) {
            if (s.has("days_after_FU1")) {
                date = fu1.plusDays(s.get("days_after_FU1").asLong());
            } else if (!s.get("label").asText().equals("FU1")) {
                date = date.plusDays(56);
            }
            tps.add(new TimePointResponse(date, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, TargetResponse.NONE,
                    java.util.Set.of(), NonTargetResponse.NONE, "none", OverallResponse.valueOf(s.get("overall").asText()),
                    null, false, List.of()));
        }
        BestOverallResponse bor = new BestResponseEvaluator(rules).best(BASELINE, tps,
                v.get("confirmation_required").asBoolean());
        String want = v.get("expect").get("best_overall_response").asText().split(" ")[0];
        assertThat(bor.label()).as(v.get("id").asText() + " " + bor.trace()).isEqualTo(want);
    }

    private static Lesion measurement(String id, JsonNode value) {
        if (value.isArray()) {
            List<Double> fragments = new ArrayList<>();
            value.forEach(f -> fragments.add(f.asDouble()));
            return new Lesion(id, null, null, null, null, fragments, null, null);
        }
        return switch (value.asText()) {
            case "GONE" -> new Lesion(id, null, null, null, null, null, LesionStatus.GONE, null);
            case "TOO_SMALL" -> new Lesion(id, null, null, null, null, null, LesionStatus.TOO_SMALL, null);
            case "NA" -> new Lesion(id, null, null, null, null, null, LesionStatus.NOT_ASSESSED, null);
            default -> new Lesion(id, null, null, null, value.asDouble(), null, null, null);
        };
    }

    private static LesionStatus nonTarget(String state) {
        return switch (state) {
            case "CR" -> LesionStatus.ABSENT;
            case "UNEQUIVOCAL_PD" -> LesionStatus.PROGRESSION;
            case "NOT_EVALUATED" -> LesionStatus.NOT_ASSESSED;
            default -> LesionStatus.PRESENT;
        };
    }
}
