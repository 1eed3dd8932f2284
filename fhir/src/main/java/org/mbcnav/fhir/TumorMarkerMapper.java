package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.Her2Status;
import org.mbcnav.model.patient.IshResult;
import org.mbcnav.model.patient.ReceptorStatus;

/**
 * ER, PR and HER2 TumorMarkerTests (mCODE STU4 and the STU1 "tumor-marker" shape), merged into
 * one Biopsy per date and specimen. Codes: standards doc §1.2.
 */
final class TumorMarkerMapper {
    private static final Set<String> ER = Set.of("85337-4", "40556-3", "16112-5", "85329-1", "14228-1");
    private static final Set<String> PR = Set.of("85339-0", "40557-1", "16113-3", "85325-9", "14230-7");
    private static final Set<String> RECEPTOR_INTENSITY = Set.of("85310-1", "85331-7");
    private static final Set<String> HER2_IHC = Set.of("18474-7", "85319-2", "72383-3", "72382-5");
    /** "HER2 [Interpretation] in Tissue": the overall call, method not stated. */
    private static final String HER2_INTERPRETATION = "48676-1";
    private static final Set<String> HER2_ISH = Set.of("85318-4", "31150-6", "96893-3");
    private static final Set<String> HER2_ISH_NUMERIC = Set.of("49683-6", "74860-8");
    private static final Set<String> HER2_SERUM = Set.of("32996-1", "42914-2", "51981-9");
    private static final String GRADE = "44648-4";

    private final BundleIndex index;

    TumorMarkerMapper(BundleIndex index) {
        this.index = index;
    }

    boolean handles(Concept code) {
        return code.hasAny(Systems.LOINC, ER) || code.hasAny(Systems.LOINC, PR) || code.hasAny(Systems.LOINC, RECEPTOR_INTENSITY)
                || code.hasAny(Systems.LOINC, HER2_IHC) || code.has(Systems.LOINC, HER2_INTERPRETATION)
                || code.hasAny(Systems.LOINC, HER2_ISH) || code.hasAny(Systems.LOINC, HER2_ISH_NUMERIC)
                || code.hasAny(Systems.LOINC, HER2_SERUM) || code.has(Systems.LOINC, GRADE);
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        if (code.hasAny(Systems.LOINC, RECEPTOR_INTENSITY)) {
            obs.info("code", code.label(), "staining intensity is not used; the model holds percent or status");
            return;
        }
        if (code.hasAny(Systems.LOINC, HER2_SERUM)) {
            obs.info("code", code.label(), "serum HER2 is not a tissue HER2 result; not used");
            return;
        }
        ObsValue value = ObsValue.read(obs.node());
        if (value.ambiguous()) {
            obs.warning("value[x]", String.join(" + ", value.elements()), "more than one value[x] (invalid FHIR); the result is not used");
            return;
        }
        String interpretation = interpretationWords(obs);
        if (value.absent() && interpretation.isEmpty()) {
            obs.warning("value[x]", code.name(), "no value; not used");
            return;
        }
        LocalDate date = obs.eventDate().orElse(null);
        if (date == null) {
            obs.warning("effective[x]", "date", "the result has no date");
        }
        JsonNode specimenRef = obs.node().path("specimen");
        BiopsyDraft biopsy = facts.biopsy(date, specimenRef.path("reference").asText(null));
        site(obs, specimenRef, biopsy);
        if (code.hasAny(Systems.LOINC, ER)) {
            receptor(obs, value, interpretation, biopsy, true);
        } else if (code.hasAny(Systems.LOINC, PR)) {
            receptor(obs, value, interpretation, biopsy, false);
        } else if (code.has(Systems.LOINC, GRADE)) {
            grade(obs, value, biopsy);
        } else if (code.hasAny(Systems.LOINC, HER2_ISH) || code.hasAny(Systems.LOINC, HER2_ISH_NUMERIC)) {
            ish(obs, code, value, interpretation, biopsy);
        } else {
            her2(obs, code, value, interpretation, biopsy);
        }
    }

    private static String interpretationWords(Res obs) {
        StringBuilder sb = new StringBuilder();
        for (Concept c : obs.concepts("interpretation")) {
            sb.append(c.words()).append(' ');
        }
        return sb.toString().trim();
    }

    private void site(Res obs, JsonNode specimenRef, BiopsyDraft biopsy) {
        Concept bodySite = obs.concept("bodySite");
        if (bodySite.isEmpty() && specimenRef.has("reference")) {
            bodySite = index.resolve(specimenRef, obs)
                    .map(s -> Concept.of(s.node().path("collection").get("bodySite"))).orElse(Concept.EMPTY);
        }
        if (bodySite.isEmpty() || biopsy.site != null) {
            return;
        }
        Concept site = bodySite;
        biopsy.site = Names.clean(site.name());
        boolean breast = site.words().contains("breast");
        biopsy.metastatic = breast ? Boolean.FALSE
                : MetastasisSites.byCode(site).or(() -> MetastasisSites.byWords(site.words())).isPresent() ? Boolean.TRUE : null;
    }

    private static void receptor(Res obs, ObsValue value, String interpretation, BiopsyDraft biopsy, boolean er) {
        String name = er ? "ER" : "PR";
        Double percent = value.number();
        if (percent == null && value.string() != null) {
            percent = number(value.string());
        }
        if (percent != null) {
            if (value.unit() != null && !value.unit().contains("%")) {
                obs.warning("valueQuantity", value.unit(), name + " value is not in percent; not used");
            } else if (percent < 0 || percent > 100) {
                obs.warning("valueQuantity", String.valueOf(percent), name + " percent outside 0-100; not used");
            } else {
                if (er) {
                    biopsy.erPercent = percent;
                } else {
                    biopsy.prPercent = percent;
                }
                return;
            }
        }
        Optional<Qualitative> q = Qualitative.of(value.concept(), (value.string() == null ? "" : value.string()) + " " + interpretation);
        if (q.isEmpty() || q.get() == Qualitative.EQUIVOCAL) {
            obs.warning("value[x]", value.concept().isEmpty() ? String.valueOf(value.string()) : value.concept().label(),
                    name + " result not understood; not used");
            return;
        }
        ReceptorStatus status = switch (q.get()) {
            case POSITIVE -> ReceptorStatus.POSITIVE;
            case LOW -> ReceptorStatus.LOW;
            default -> ReceptorStatus.NEGATIVE;
        };
        if (er) {
            biopsy.erStatus = status;
        } else {
            biopsy.prStatus = status;
        }
    }

    private static Double number(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$").matcher(s);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    private static void grade(Res obs, ObsValue value, BiopsyDraft biopsy) {
        Integer g = value.number() == null ? null : value.number().intValue();
        if (g == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("grade\\s*([1-3])\\b").matcher(value.words());
            g = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        if (g == null || g < 1 || g > 3) {
            obs.warning("value[x]", value.words(), "histologic grade not understood; not used");
            return;
        }
        biopsy.grade = g;
    }

    private static void her2(Res obs, Concept code, ObsValue value, String interpretation, BiopsyDraft biopsy) {
        Optional<Her2Score> score = Her2Score.parse(value.string());
        if (score.isEmpty()) {
            score = Her2Score.parse(value.concept().text());
        }
        for (int i = 0; score.isEmpty() && i < value.concept().codings().size(); i++) {
            score = Her2Score.parse(value.concept().codings().get(i).display());
        }
        if (score.isEmpty()) {
            score = Her2Score.parse(interpretation);
        }
        if (score.isEmpty() && value.number() != null && code.hasAny(Systems.LOINC, HER2_IHC)) {
            double n = value.number();
            if (n == Math.rint(n) && n >= 0 && n <= 3) {
                score = Optional.of(new Her2Score(n == 0 ? "0" : (int) n + "+", null));
            }
        }
        if (score.isPresent()) {
            biopsy.her2Ihc = score.get().ihc();
            if (score.get().membraneStaining() != null) {
                biopsy.membraneStaining = score.get().membraneStaining();
            }
            return;
        }
        Optional<Qualitative> q = Qualitative.of(value.concept(), (value.string() == null ? "" : value.string()) + " " + interpretation);
        if (q.isPresent() && q.get() == Qualitative.EQUIVOCAL && code.hasAny(Systems.LOINC, HER2_IHC)) {
            // ASCO/CAP defines IHC "equivocal" as the 2+ score, so this is a restatement, not a guess.
            biopsy.her2Ihc = "2+";
            obs.info("value[x]", value.concept().label(), "HER2 IHC equivocal recorded as IHC 2+");
            return;
        }
        if (q.isPresent() && (q.get() == Qualitative.POSITIVE || q.get() == Qualitative.NEGATIVE)) {
            biopsy.her2Status = q.get() == Qualitative.POSITIVE ? Her2Status.POSITIVE : Her2Status.NEGATIVE;
            obs.info("value[x]", "HER2 " + biopsy.her2Status.code(),
                    "HER2 reported without an IHC score: kept as a qualitative call; HER2-low/-ultralow cannot be told apart");
            return;
        }
        String result = q.map(x -> x.name().toLowerCase()).orElse(value.words().isEmpty() ? "(no value)" : value.words());
        obs.warning("value[x]", "HER2 qualitative result: " + result, "HER2 result not understood; not used");
    }

    private static void ish(Res obs, Concept code, ObsValue value, String interpretation, BiopsyDraft biopsy) {
        String words = (value.words() + " " + interpretation).toLowerCase();
        IshResult ish = null;
        if (words.contains("not amplified") || words.contains("non-amplified") || words.contains("no amplification")) {
            ish = IshResult.NOT_AMPLIFIED;
        } else if (words.contains("amplified")) {
            ish = IshResult.AMPLIFIED;
        } else if (code.hasAny(Systems.LOINC, HER2_ISH)) {
            Optional<Qualitative> q = Qualitative.of(value.concept(), value.string());
            ish = q.map(x -> switch (x) {
                case POSITIVE -> IshResult.AMPLIFIED;
                case EQUIVOCAL -> IshResult.EQUIVOCAL;
                default -> IshResult.NOT_AMPLIFIED;
            }).orElse(null);
        }
        if (ish == null) {
            // A bare HER2/CEP17 ratio or copy number needs the ASCO/CAP group rules and both
            // numbers; the importer does not interpret it.
            obs.warning("value[x]", code.name(), "HER2 ISH value without an amplified / not-amplified call; not used");
            return;
        }
        biopsy.ish = ish;
    }
}
