package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;

/**
 * Staging and metastatic-status facts: TNM stage group and M category (SNOMED in STU2+, the
 * deprecated LOINC codes in STU1 data), Condition.stage.summary, CancerDiseaseStatus and
 * HistoryOfMetastaticCancer. Every stage group is an initial staging (AJCC), so stage IV or M1
 * there means de novo stage IV.
 */
final class StagingMapper {
    private static final Set<String> STAGE_GROUP_SNOMED = Set.of("399390009", "399537006", "399588009");
    private static final Set<String> STAGE_GROUP_LOINC = Set.of("21908-9", "21902-2", "21914-7");
    private static final Set<String> M_SNOMED = Set.of("277208005", "399387003", "371497001");
    private static final Set<String> M_LOINC = Set.of("21907-1", "21901-4", "21913-9");
    private static final Set<String> T_OR_N_SNOMED = Set.of("399504009", "384625004", "399534004", "371494008", "78873005", "277206009");
    private static final Set<String> T_OR_N_LOINC = Set.of("21905-5", "21899-0", "21906-3", "21900-6", "21911-3", "21912-1");
    private static final String DISEASE_STATUS = "97509-4";
    private static final String DISTANT_METASTASIS_PRESENT = "399409002";
    /** mCODE ConditionStatusTrendVS: "Patient's condition worsened". */
    private static final String WORSENED = "271299001";
    private static final String HISTORY_OF_METASTATIC = "1287652008";
    private static final String HISTORY_METASTATIC_TO_LIVER = "1098951000119108";

    /** Every stage group seen, by source, to report disagreements (Jenny M: IIIC vs IIB). */
    private final Map<String, String> stageGroups = new LinkedHashMap<>();

    boolean handles(Res obs, Concept code) {
        return code.hasAny(Systems.SNOMED, STAGE_GROUP_SNOMED) || code.hasAny(Systems.LOINC, STAGE_GROUP_LOINC)
                || code.hasAny(Systems.SNOMED, M_SNOMED) || code.hasAny(Systems.LOINC, M_LOINC)
                || code.hasAny(Systems.SNOMED, T_OR_N_SNOMED) || code.hasAny(Systems.LOINC, T_OR_N_LOINC)
                || code.has(Systems.LOINC, DISEASE_STATUS) || isHistoryOfMetastatic(obs, code)
                || obs.hasProfile("mcode-tnm-stage-group") || obs.hasProfile("mcode-cancer-stage-group");
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        LocalDate date = obs.eventDate().orElse(null);
        Concept value = obs.concept("valueCodeableConcept");
        if (code.hasAny(Systems.SNOMED, M_SNOMED) || code.hasAny(Systems.LOINC, M_LOINC)) {
            mCategory(obs, value, date, facts);
        } else if (code.hasAny(Systems.SNOMED, T_OR_N_SNOMED) || code.hasAny(Systems.LOINC, T_OR_N_LOINC)) {
            obs.info("code", code.label(), "T and N categories are recorded in the bundle but the model has no field for them");
        } else if (code.has(Systems.LOINC, DISEASE_STATUS)) {
            diseaseStatus(obs, value, date, facts);
        } else if (isHistoryOfMetastatic(obs, code)) {
            history(obs, code, date, facts);
        } else {
            stageGroup(obs, obs.ref(), value, date, facts);
        }
    }

    /** Condition.stage[].summary, read like a stage-group Observation. */
    void conditionStages(Res condition, LocalDate onset, PatientFacts facts) {
        int i = 0;
        for (JsonNode stage : condition.node().path("stage")) {
            Concept summary = Concept.of(stage.get("summary"));
            String where = condition.ref() + " stage[" + i++ + "].summary";
            if (!summary.isEmpty()) {
                stageGroup(condition, where, summary, onset, facts);
            }
        }
    }

    private void stageGroup(Res res, String where, Concept value, LocalDate date, PatientFacts facts) {
        if (value.isEmpty()) {
            res.warning("value[x]", "stage group", "no coded stage value; not used");
            return;
        }
        Optional<StageValue.Read> read = StageValue.read(value);
        if (read.isEmpty()) {
            res.log().warning(where, value.label(), "not a stage group the importer can read; not used");
            return;
        }
        if (!read.get().coded()) {
            res.log().warning(where, value.label(), "stage read from free text as " + read.get().stage().group());
        }
        StageValue stage = read.get().stage();
        stageGroups.put(where, stage.group());
        if (stage.isFour()) {
            facts.evidence.metastatic(where + ": stage group " + stage.group(), date, true);
        } else {
            facts.evidence.notMetastatic(where + ": stage group " + stage.group());
        }
    }

    private static void mCategory(Res obs, Concept value, LocalDate date, PatientFacts facts) {
        if (value.codings().stream().anyMatch(c -> c.system() != null && c.system().endsWith("data-absent-reason"))) {
            obs.info("value[x]", value.label(), "M category not given (data absent); not used");
            return;
        }
        Optional<Boolean> m1 = MCategory.isM1(value);
        if (m1.isEmpty()) {
            obs.warning("value[x]", value.label(), "not an M category the importer can read; not used");
        } else if (m1.get()) {
            facts.evidence.metastatic(obs.ref() + ": M1 (" + value.name() + ")", date, true);
        } else {
            facts.evidence.notMetastatic(obs.ref() + ": M0 (" + value.name() + ")");
        }
    }

    private static void diseaseStatus(Res obs, Concept value, LocalDate date, PatientFacts facts) {
        if (value.has(Systems.SNOMED, DISTANT_METASTASIS_PRESENT)) {
            facts.evidence.metastatic(obs.ref() + ": cancer disease status distant metastasis present", date, false);
        } else if (value.isEmpty()) {
            obs.warning("value[x]", "disease status", "no value; not used");
        } else if (value.has(Systems.SNOMED, WORSENED) && date != null) {
            // A worsening is a progression event: it closes the metastatic course it happened on.
            facts.progressions.add(new PatientFacts.Progression(date, obs.ref()));
        } else {
            // Improved / stable / worsened describe the trend of known disease, not its extent.
            obs.info("value[x]", value.label(), "disease status trend recorded; the model has no field for it");
        }
    }

    private static boolean isHistoryOfMetastatic(Res obs, Concept code) {
        return code.has(Systems.SNOMED, HISTORY_OF_METASTATIC) || code.has(Systems.SNOMED, HISTORY_METASTATIC_TO_LIVER)
                || obs.hasProfile("mcode-history-of-metastatic-cancer");
    }

    /** valueBoolean is a modifier: false means "no history"; absent or true means history present. */
    private static void history(Res obs, Concept code, LocalDate date, PatientFacts facts) {
        JsonNode v = obs.node().get("valueBoolean");
        if (v != null && !v.asBoolean()) {
            facts.evidence.notMetastatic(obs.ref() + ": no history of metastatic cancer");
            return;
        }
        // The effective date is when the history was recorded, not when metastasis was found.
        facts.evidence.metastatic(obs.ref() + ": history of metastatic cancer (" + code.name() + ")", null, false);
        Optional<MetastaticSiteType> site = code.has(Systems.SNOMED, HISTORY_METASTATIC_TO_LIVER)
                ? Optional.of(MetastaticSiteType.LIVER)
                : code.words().contains("metastatic to ") ? MetastasisSites.byWords(code.words().substring(code.words().indexOf("metastatic to ")))
                : Optional.empty();
        site.ifPresent(s -> facts.sites.add(new MetastaticSite(s, null, null, null)));
        if (date != null) {
            obs.info("effective[x]", date.toString(), "the date a history was recorded is not used as the metastasis date");
        }
    }

    /** Reports stage values that disagree, once all resources were read. */
    void reportConflicts(IssueLog log) {
        if (stageGroups.values().stream().distinct().count() > 1) {
            StringBuilder sb = new StringBuilder();
            stageGroups.forEach((where, group) -> sb.append(sb.length() == 0 ? "" : "; ").append(group).append(" in ").append(where));
            log.warning("Bundle", "stage group", "stage values disagree: " + sb + " - check which is current");
        }
    }
}
