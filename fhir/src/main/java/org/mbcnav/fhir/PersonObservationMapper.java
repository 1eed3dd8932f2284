package org.mbcnav.fhir;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.mbcnav.model.patient.MenopausalStatus;

/**
 * Observations about the person: ECOG and Karnofsky performance status (standards doc §1.4) and
 * menopausal status (§1.8). The latest dated value wins; older ones are reported as superseded.
 */
final class PersonObservationMapper {
    private static final String ECOG = "89247-1";
    private static final String ECOG_INTERPRETATION = "89262-0";
    private static final String KARNOFSKY = "89243-0";
    private static final String MENOPAUSE = "161712005";
    private static final Map<String, Integer> ECOG_ANSWERS = Map.ofEntries(
            Map.entry("LA9622-7", 0), Map.entry("LA9623-5", 1), Map.entry("LA9624-3", 2),
            Map.entry("LA9625-0", 3), Map.entry("LA9626-8", 4), Map.entry("LA9627-6", 5),
            Map.entry("425389002", 0), Map.entry("422512005", 1), Map.entry("422894000", 2),
            Map.entry("423053003", 3), Map.entry("423237006", 4), Map.entry("423409001", 5));
    private static final Map<String, Integer> KARNOFSKY_ANSWERS = Map.ofEntries(
            Map.entry("LA29175-9", 100), Map.entry("LA29176-7", 90), Map.entry("LA29177-5", 80),
            Map.entry("LA29178-3", 70), Map.entry("LA29179-1", 60), Map.entry("LA29180-9", 50),
            Map.entry("LA29181-7", 40), Map.entry("LA29182-5", 30), Map.entry("LA29183-3", 20),
            Map.entry("LA29184-1", 10), Map.entry("LA9627-6", 0));
    private static final Set<String> CODES = Set.of(ECOG, ECOG_INTERPRETATION, KARNOFSKY);

    boolean handles(Concept code) {
        return code.hasAny(Systems.LOINC, CODES) || code.has(Systems.SNOMED, MENOPAUSE);
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        LocalDate date = obs.eventDate().orElse(null);
        ObsValue value = ObsValue.read(obs.node());
        if (code.has(Systems.SNOMED, MENOPAUSE)) {
            menopause(obs, value, date, facts);
            return;
        }
        boolean karnofsky = code.has(Systems.LOINC, KARNOFSKY);
        Map<String, Integer> answers = karnofsky ? KARNOFSKY_ANSWERS : ECOG_ANSWERS;
        Integer score = value.number() == null ? null : value.number().intValue();
        if (score == null) {
            score = answer(value.concept(), answers);
        }
        if (score == null) {
            for (Concept interpretation : obs.concepts("interpretation")) {
                score = score == null ? answer(interpretation, answers) : score;
            }
        }
        String name = karnofsky ? "Karnofsky" : "ECOG";
        if (score == null) {
            obs.warning("value[x]", value.words(), name + " score not understood; not used");
            return;
        }
        if (karnofsky ? score < 0 || score > 100 || score % 10 != 0 : score < 0 || score > 5) {
            obs.warning("value[x]", String.valueOf(score), name + " score out of range; not used");
            return;
        }
        if (!karnofsky && score == 5) {
            obs.warning("value[x]", "5", "ECOG 5 means dead; the model holds 0-4, so it is not stored");
            return;
        }
        PatientFacts.Dated<Integer> d = new PatientFacts.Dated<>(score, date, obs.ref());
        PatientFacts.Dated<Integer> current = karnofsky ? facts.karnofsky : facts.ecog;
        if (d.newerThan(current)) {
            if (current != null) {
                obs.log().info(current.source(), name + " " + current.value(), "superseded by the later " + obs.ref());
            }
            if (karnofsky) {
                facts.karnofsky = d;
            } else {
                facts.ecog = d;
            }
        } else {
            obs.info("value[x]", name + " " + score, "superseded by the later " + current.source());
        }
    }

    private static Integer answer(Concept concept, Map<String, Integer> answers) {
        for (Coding c : concept.codings()) {
            if (c.code() != null && answers.containsKey(c.code())) {
                return answers.get(c.code());
            }
        }
        return null;
    }

    private static void menopause(Res obs, ObsValue value, LocalDate date, PatientFacts facts) {
        Concept v = value.concept();
        MenopausalStatus status = v.has(Systems.SNOMED, "76498008") ? MenopausalStatus.POSTMENOPAUSAL
                : v.has(Systems.SNOMED, "22636003") ? MenopausalStatus.PREMENOPAUSAL
                : v.words().contains("perimenopaus") ? MenopausalStatus.PERIMENOPAUSAL
                : null;
        if (status == null) {
            obs.warning("value[x]", v.label(), "menopausal status unknown or not understood; not used");
            return;
        }
        PatientFacts.Dated<MenopausalStatus> d = new PatientFacts.Dated<>(status, date, obs.ref());
        if (d.newerThan(facts.menopausal)) {
            facts.menopausal = d;
        }
    }
}
