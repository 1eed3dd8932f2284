package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;

/**
 * Condition resources: the primary breast cancer, its metastases (SecondaryCancerCondition),
 * menopausal status recorded as a problem, and comorbidities. mCODE STU1 to STU4 shapes are all
 * read: profile names changed between versions, so the code decides, and the profile only helps.
 */
final class ConditionMapper {
    /** Breast cancer disorders seen in the standards doc §5.3 and the fixtures. */
    private static final Set<String> BREAST_CANCER_SNOMED = Set.of(
            "254837009", // Malignant neoplasm of breast (Synthea)
            "353431000119107", // Primary malignant neoplasm of female left breast (mCODE STU4)
            "408643008"); // Infiltrating duct carcinoma of breast (MITRE)
    /** Generic "Malignant neoplastic disease": breast cancer only with a breast bodySite. */
    private static final String MALIGNANT_NEOPLASM = "363346000";
    private static final Set<String> BREAST_STRUCTURES = Set.of("76752008", "80248007", "73056007");
    private static final String POSTMENOPAUSAL = "76498008";
    private static final String PREMENOPAUSAL = "22636003";

    private final StagingMapper staging;

    ConditionMapper(StagingMapper staging) {
        this.staging = staging;
    }

    void map(Res c, PatientFacts facts) {
        if (isEnteredInError(c)) {
            c.info("verificationStatus", "entered-in-error", "condition marked as entered in error; ignored");
            return;
        }
        Concept code = c.concept("code");
        if (MetastasisSites.isSecondaryCode(code) || c.hasProfile("mcode-secondary-cancer-condition")) {
            if (c.hasProfile("mcode-primary-cancer-condition")) {
                c.warning("code", code.label(), "a secondary (metastatic) disorder code in a PrimaryCancerCondition; read as a metastasis");
            }
            secondary(c, code, facts);
            return;
        }
        Optional<Boolean> breast = isBreastCancer(c, code);
        if (breast.isPresent()) {
            if (!breast.get()) {
                c.warning("code", code.label(), "not a code in the importer's breast cancer list; accepted as breast cancer from its words \""
                        + code.name() + "\" - check");
            }
            primary(c, code, facts);
            return;
        }
        if (c.hasProfile("mcode-primary-cancer-condition")) {
            c.warning("code", code.label(), "a primary cancer that is not breast cancer; not used");
            return;
        }
        if (menopause(c, code, facts)) {
            return;
        }
        Optional<ComorbidityTable.Match> comorbidity = ComorbidityTable.lookup(code);
        if (comorbidity.isPresent()) {
            addComorbidity(c, code, comorbidity.get(), facts);
            return;
        }
        c.info("code", code.label(), "not a condition the planner uses; not imported");
    }

    private static boolean isEnteredInError(Res c) {
        return c.concept("verificationStatus").codings().stream().anyMatch(x -> "entered-in-error".equals(x.code()));
    }

    /** Present and true when coded as breast cancer; present and false when only its words say so. */
    private static Optional<Boolean> isBreastCancer(Res c, Concept code) {
        if (code.hasAny(Systems.SNOMED, BREAST_CANCER_SNOMED)
                || code.code(Systems.ICD10CM).filter(s -> s.toUpperCase(Locale.ROOT).startsWith("C50")).isPresent()) {
            return Optional.of(true);
        }
        boolean breastSite = c.concepts("bodySite").stream().anyMatch(s -> s.hasAny(Systems.SNOMED, BREAST_STRUCTURES)
                || s.codings().stream().anyMatch(x -> x.code() != null && x.code().toUpperCase(Locale.ROOT).startsWith("C50")));
        if (code.has(Systems.SNOMED, MALIGNANT_NEOPLASM) && breastSite) {
            return Optional.of(true);
        }
        String words = code.words();
        boolean malignant = words.contains("malignant") || words.contains("carcinoma") || words.contains("cancer");
        if (words.contains("breast") && malignant && !words.contains("family history") && !words.contains("history of")) {
            return Optional.of(false);
        }
        if (c.hasProfile("mcode-primary-cancer-condition") && breastSite) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private void primary(Res c, Concept code, PatientFacts facts) {
        LocalDate onset = c.eventDate().orElse(null);
        if (onset == null) {
            String recorded = c.text("recordedDate");
            onset = recorded == null ? null : c.date(recorded, "recordedDate").orElse(null);
            if (onset != null) {
                c.info("onset[x]", "recordedDate", "no onset date; the recorded date is used as the diagnosis date");
            } else {
                c.warning("onset[x]", "diagnosis date", "the breast cancer condition has no onset date");
            }
        }
        facts.primaries.add(new PatientFacts.PrimaryCancer(c.ref(), onset, histology(c)));
        staging.conditionStages(c, onset, facts);
    }

    private static String histology(Res c) {
        for (JsonNode ext : c.node().path("extension")) {
            String url = ext.path("url").asText();
            if (url.endsWith("mcode-histology-morphology-behavior") || url.endsWith("mcode-histology-morphology-behavior-vs")) {
                Concept morphology = Concept.of(ext.get("valueCodeableConcept"));
                String name = Names.clean(morphology.name());
                if (name.isEmpty() || "test".equals(name) || morphology.codings().stream().anyMatch(x -> "TEST".equals(x.code()))) {
                    c.warning("extension histology", morphology.label(), "not a valid morphology code; histology not recorded");
                    continue;
                }
                return name;
            }
        }
        return null;
    }

    private static void secondary(Res c, Concept code, PatientFacts facts) {
        Optional<MetastaticSiteType> site = MetastasisSites.byCode(code);
        if (site.isEmpty()) {
            for (Concept bodySite : c.concepts("bodySite")) {
                site = MetastasisSites.byCode(bodySite);
                if (site.isEmpty()) {
                    site = MetastasisSites.byWords(bodySite.words());
                    site.ifPresent(s -> c.warning("bodySite", bodySite.label(), "site read from its words as " + s.code()));
                }
                if (site.isPresent()) {
                    break;
                }
            }
        }
        if (site.isEmpty()) {
            site = MetastasisSites.byWords(code.words());
            Optional<MetastaticSiteType> s = site;
            site.ifPresent(t -> c.warning("code", code.label(), "site read from its words as " + t.code()));
            if (s.isEmpty()) {
                c.warning("code", code.label(), "metastatic site not recognised; recorded as other");
            }
        }
        LocalDate date = c.eventDate().orElse(null);
        if (date == null) {
            c.warning("onset[x]", "date", "the metastasis has no onset date");
        }
        MetastaticSiteType type = site.orElse(MetastaticSiteType.OTHER);
        facts.sites.add(new MetastaticSite(type, date, siteStatus(c), siteSymptomatic(c)));
        facts.evidence.metastatic(c.ref() + ": secondary malignant neoplasm (" + type.code() + ")", date, false);
    }

    /** Brain-metastasis status and symptoms, from MBC Navigator's own extensions (mCODE has none). */
    private static org.mbcnav.model.patient.SiteStatus siteStatus(Res c) {
        for (JsonNode ext : c.extensions(Systems.EXT_SITE_STATUS)) {
            String code = ext.path("valueCode").asText("");
            for (org.mbcnav.model.patient.SiteStatus s : org.mbcnav.model.patient.SiteStatus.values()) {
                if (s.code().equals(code)) {
                    return s;
                }
            }
            c.warning("extension site-status", code, "not a site status (active, stable, treated); not used");
        }
        return null;
    }

    private static Boolean siteSymptomatic(Res c) {
        for (JsonNode ext : c.extensions(Systems.EXT_SITE_SYMPTOMATIC)) {
            if (ext.path("valueBoolean").isBoolean()) {
                return ext.get("valueBoolean").asBoolean();
            }
        }
        return null;
    }

    private static boolean menopause(Res c, Concept code, PatientFacts facts) {
        MenopausalStatus status = null;
        if (code.has(Systems.SNOMED, POSTMENOPAUSAL)) {
            status = MenopausalStatus.POSTMENOPAUSAL;
        } else if (code.has(Systems.SNOMED, PREMENOPAUSAL)) {
            status = MenopausalStatus.PREMENOPAUSAL;
        } else {
            String w = code.words();
            if (w.contains("perimenopaus")) {
                status = MenopausalStatus.PERIMENOPAUSAL;
            } else if (w.contains("postmenopaus")) {
                status = MenopausalStatus.POSTMENOPAUSAL;
            } else if (w.contains("premenopaus")) {
                status = MenopausalStatus.PREMENOPAUSAL;
            }
            if (status != null) {
                c.warning("code", code.label(), "menopausal status read from its words as " + status.code());
            }
        }
        if (status == null) {
            return false;
        }
        PatientFacts.Dated<MenopausalStatus> d = new PatientFacts.Dated<>(status, c.eventDate().orElse(null), c.ref());
        if (d.newerThan(facts.menopausal)) {
            facts.menopausal = d;
        }
        return true;
    }

    static void addComorbidity(Res c, Concept code, ComorbidityTable.Match match, PatientFacts facts) {
        if (!match.coded()) {
            c.warning("code", code.label(), "mapped from its words to comorbidity " + match.condition().code() + " - check");
        }
        Boolean active = clinicalActive(c);
        LocalDate date = c.eventDate().orElse(null);
        facts.comorbiditiesStated = true;
        if (!facts.comorbidities.containsKey(match.condition())) {
            facts.comorbidities.put(match.condition(), new Comorbidity(match.condition(), null, active, date, Names.clean(code.name())));
            facts.comorbidityRefs.put(c.ref(), match.condition());
        }
    }

    private static Boolean clinicalActive(Res c) {
        for (Coding x : c.concept("clinicalStatus").codings()) {
            if (x.code() == null) {
                continue;
            }
            switch (x.code()) {
                case "active", "recurrence", "relapse" -> {
                    return true;
                }
                case "inactive", "remission", "resolved" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return null;
    }
}
