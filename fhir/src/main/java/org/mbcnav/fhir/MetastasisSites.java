package org.mbcnav.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mbcnav.model.patient.MetastaticSiteType;

/**
 * Where a metastasis is, from a SecondaryCancerCondition code, its bodySite, an ICD-10-CM
 * C77-C79 code, or (last, and reported) the words of its display. SNOMED codes are those of the
 * standards doc §5.3; sites it does not list (peritoneum, adrenal, ovary...) come from ICD-10-CM
 * or the words.
 */
final class MetastasisSites {
    /** "Secondary malignant neoplasm of ..." disorders (Condition.code). */
    static final Map<String, MetastaticSiteType> SNOMED_DISORDERS = Map.of(
            "94222008", MetastaticSiteType.BONE,
            "94381002", MetastaticSiteType.LIVER,
            "94391008", MetastaticSiteType.LUNG,
            "94225005", MetastaticSiteType.BRAIN,
            "94392001", MetastaticSiteType.LYMPH_NODE,
            "94181007", MetastaticSiteType.LYMPH_NODE,
            "94493005", MetastaticSiteType.PLEURA,
            "94579000", MetastaticSiteType.SKIN,
            "94253005", MetastaticSiteType.CHEST_WALL);

    /** Body structures (Condition.bodySite). */
    static final Map<String, MetastaticSiteType> SNOMED_STRUCTURES = Map.of(
            "272673000", MetastaticSiteType.BONE,
            "10200004", MetastaticSiteType.LIVER,
            "39607008", MetastaticSiteType.LUNG,
            "12738006", MetastaticSiteType.BRAIN,
            "59441001", MetastaticSiteType.LYMPH_NODE,
            "3120008", MetastaticSiteType.PLEURA,
            "39937001", MetastaticSiteType.SKIN,
            "78904004", MetastaticSiteType.CHEST_WALL);

    /** SNOMED 128462008 "Secondary malignant neoplastic disease": metastatic, site in bodySite. */
    static final String SECONDARY_GENERIC = "128462008";

    private static final Map<String, MetastaticSiteType> WORDS = new LinkedHashMap<>();

    static {
        // Order matters: the more specific phrase must win ("bone marrow" before "bone").
        WORDS.put("bone marrow", MetastaticSiteType.BONE_MARROW);
        WORDS.put("leptomening", MetastaticSiteType.LEPTOMENINGEAL);
        WORDS.put("meninge", MetastaticSiteType.LEPTOMENINGEAL);
        WORDS.put("lymph", MetastaticSiteType.LYMPH_NODE);
        WORDS.put("chest wall", MetastaticSiteType.CHEST_WALL);
        WORDS.put("pleura", MetastaticSiteType.PLEURA);
        WORDS.put("peritone", MetastaticSiteType.PERITONEUM);
        WORDS.put("bone", MetastaticSiteType.BONE);
        WORDS.put("vertebra", MetastaticSiteType.BONE);
        WORDS.put("liver", MetastaticSiteType.LIVER);
        WORDS.put("hepatic", MetastaticSiteType.LIVER);
        WORDS.put("lung", MetastaticSiteType.LUNG);
        WORDS.put("pulmonary", MetastaticSiteType.LUNG);
        WORDS.put("brain", MetastaticSiteType.BRAIN);
        WORDS.put("cerebr", MetastaticSiteType.BRAIN);
        WORDS.put("skin", MetastaticSiteType.SKIN);
        WORDS.put("cutaneous", MetastaticSiteType.SKIN);
        WORDS.put("adrenal", MetastaticSiteType.ADRENAL);
        WORDS.put("ovar", MetastaticSiteType.OVARY);
        WORDS.put("soft tissue", MetastaticSiteType.SOFT_TISSUE);
    }

    private MetastasisSites() {
    }

    static boolean isSecondaryCode(Concept code) {
        return code.hasAny(Systems.SNOMED, SNOMED_DISORDERS.keySet())
                || code.has(Systems.SNOMED, SECONDARY_GENERIC)
                || code.code(Systems.ICD10CM).filter(MetastasisSites::isIcdSecondary).isPresent();
    }

    static boolean isIcdSecondary(String icd) {
        return icd.startsWith("C77") || icd.startsWith("C78") || icd.startsWith("C79");
    }

    /** The site from codes only. */
    static Optional<MetastaticSiteType> byCode(Concept concept) {
        for (Coding c : concept.codings()) {
            if (Systems.SNOMED.equals(c.system()) && c.code() != null) {
                MetastaticSiteType t = SNOMED_DISORDERS.getOrDefault(c.code(), SNOMED_STRUCTURES.get(c.code()));
                if (t != null) {
                    return Optional.of(t);
                }
            }
            if (Systems.ICD10CM.equals(c.system()) && c.code() != null) {
                Optional<MetastaticSiteType> t = byIcd(c.code());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** ICD-10-CM C77-C79 subcategories. */
    static Optional<MetastaticSiteType> byIcd(String icd) {
        String c = icd.toUpperCase();
        if (c.startsWith("C77")) {
            return Optional.of(MetastaticSiteType.LYMPH_NODE);
        }
        if (c.startsWith("C78.0")) {
            return Optional.of(MetastaticSiteType.LUNG);
        }
        if (c.startsWith("C78.2")) {
            return Optional.of(MetastaticSiteType.PLEURA);
        }
        if (c.startsWith("C78.6")) {
            return Optional.of(MetastaticSiteType.PERITONEUM);
        }
        if (c.startsWith("C78.7")) {
            return Optional.of(MetastaticSiteType.LIVER);
        }
        if (c.startsWith("C79.31")) {
            return Optional.of(MetastaticSiteType.BRAIN);
        }
        if (c.startsWith("C79.32")) {
            return Optional.of(MetastaticSiteType.LEPTOMENINGEAL);
        }
        if (c.startsWith("C79.51")) {
            return Optional.of(MetastaticSiteType.BONE);
        }
        if (c.startsWith("C79.52")) {
            return Optional.of(MetastaticSiteType.BONE_MARROW);
        }
        if (c.startsWith("C79.2")) {
            return Optional.of(MetastaticSiteType.SKIN);
        }
        if (c.startsWith("C79.6")) {
            return Optional.of(MetastaticSiteType.OVARY);
        }
        if (c.startsWith("C79.7")) {
            return Optional.of(MetastaticSiteType.ADRENAL);
        }
        return Optional.empty();
    }

    /** The site from the words of a display or text; callers report that words were used. */
    static Optional<MetastaticSiteType> byWords(String words) {
        for (Map.Entry<String, MetastaticSiteType> e : WORDS.entrySet()) {
            if (words.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
