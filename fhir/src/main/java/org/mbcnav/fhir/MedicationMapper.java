package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;

/**
 * MedicationRequest, MedicationAdministration and MedicationStatement, cancer-related or not,
 * resolved to an ingredient through the caller's {@link DrugCodeResolver}. Anticancer drugs
 * become {@link MedicationUse}s for course building; other current drugs are listed as
 * concomitant medications (they matter for interactions).
 */
final class MedicationMapper {
    private static final Set<String> NOT_GIVEN = Set.of("entered-in-error", "cancelled", "not-taken", "draft", "not-done", "unknown");
    private static final Set<String> ONGOING = Set.of("active", "on-hold", "intended", "in-progress");

    private final BundleIndex index;
    private final DrugCodeResolver drugs;

    MedicationMapper(BundleIndex index, DrugCodeResolver drugs) {
        this.index = index;
        this.drugs = drugs;
    }

    void map(Res med, PatientFacts facts) {
        String status = med.text("status");
        if (status != null && NOT_GIVEN.contains(status)) {
            med.info("status", status, "medication not given; ignored");
            return;
        }
        Concept medication = medication(med);
        if (medication.isEmpty()) {
            med.warning("medication[x]", "medication", "no medication code or text; not used");
            return;
        }
        Optional<ResolvedDrug> drug = resolve(med, medication);
        if (drug.isEmpty()) {
            return;
        }
        LocalDate[] period = period(med);
        boolean ongoing = status == null ? period[1] == null : ONGOING.contains(status) && period[1] == null;
        String intent = ProcedureIntent.of(med);
        TherapySetting setting = setting(med);
        // A supportive drug given as part of the cancer treatment (a stated intent or setting, as in
        // an mCODE CancerRelatedMedicationRequest) forms a course; the engine does not count it as a line.
        if (!drug.get().cancerTreatment() && intent == null && setting == null) {
            if (ongoing) {
                facts.currentOtherMedications.add(drug.get().ingredient());
                facts.medicationsStated = true;
            } else {
                med.info("medication[x]", drug.get().ingredient(), "a past supportive or non-cancer medication; not used");
            }
            return;
        }
        if (period[0] == null) {
            med.warning("effective[x]", drug.get().ingredient(), "no start date; the drug cannot be placed in a course and is not used");
            return;
        }
        StopReason reason = StopReasons.of(med);
        if (reason == null && "completed".equals(status)) {
            reason = StopReason.COMPLETED;
        }
        facts.medications.add(new MedicationUse(med.ref(), drug.get().ingredient(), period[0], period[1], ongoing,
                intent, reason, course(med), setting));
    }

    /**
     * MedicationRequest.groupIdentifier: requests authorised together (FHIR R4) form one course,
     * whatever their start dates.
     */
    private static String course(Res med) {
        JsonNode g = med.node().get("groupIdentifier");
        if (g == null || !g.hasNonNull("value")) {
            return null;
        }
        return g.path("system").asText("") + "|" + g.get("value").asText();
    }

    /** The setting stated by MBC Navigator's therapy-setting extension (its own exports), else null. */
    private static TherapySetting setting(Res med) {
        for (JsonNode ext : med.extensions(Systems.EXT_THERAPY_SETTING)) {
            String code = ext.path("valueCode").asText("");
            for (TherapySetting s : TherapySetting.values()) {
                if (s.code().equals(code)) {
                    return s;
                }
            }
            med.warning("extension therapy-setting", code, "not a therapy setting; the setting is decided from intent and dates");
        }
        return null;
    }

    private Concept medication(Res med) {
        JsonNode cc = med.node().get("medicationCodeableConcept");
        if (cc != null) {
            return Concept.of(cc);
        }
        JsonNode ref = med.node().get("medicationReference");
        if (ref != null) {
            Optional<Res> m = index.resolve(ref, med);
            if (m.isEmpty()) {
                med.warning("medicationReference", ref.path("reference").asText(), "the Medication is not in the bundle");
                return ref.hasNonNull("display") ? new Concept(java.util.List.of(), ref.get("display").asText()) : Concept.EMPTY;
            }
            return m.get().concept("code");
        }
        return Concept.EMPTY;
    }

    /**
     * By code first (any coding the table knows), then by text. A code and a display naming two
     * different drugs (the breastcancertrials fixture reuses RxNorm codes) make the record unusable.
     */
    private Optional<ResolvedDrug> resolve(Res med, Concept medication) {
        Optional<ResolvedDrug> byCode = Optional.empty();
        for (Coding c : medication.codings()) {
            if (c.system() != null && c.code() != null) {
                byCode = drugs.byCode(c.system(), c.code());
                if (byCode.isPresent()) {
                    break;
                }
            }
        }
        Optional<ResolvedDrug> byText = Optional.empty();
        for (String t : texts(medication)) {
            byText = drugs.byText(t);
            if (byText.isPresent()) {
                break;
            }
        }
        if (byCode.isPresent() && byText.isPresent() && !byCode.get().ingredient().equals(byText.get().ingredient())) {
            med.warning("medication[x]", medication.label(), "the code means " + byCode.get().ingredient() + " but the text says "
                    + byText.get().ingredient() + "; conflicting, not used");
            return Optional.empty();
        }
        if (byCode.isPresent()) {
            return byCode;
        }
        if (byText.isPresent()) {
            med.warning("medication[x]", medication.label(), "code not in the medication table; identified from its text as "
                    + byText.get().ingredient());
            return byText;
        }
        med.warning("medication[x]", medication.label(), "medication not recognised; not used");
        return Optional.empty();
    }

    private static java.util.List<String> texts(Concept c) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (c.text() != null) {
            out.add(c.text());
        }
        c.codings().stream().map(Coding::display).filter(d -> d != null).forEach(out::add);
        return out;
    }

    /** [start, end] from effective[x], dosage bounds, then authoredOn. */
    private static LocalDate[] period(Res med) {
        JsonNode n = med.node();
        LocalDate start = null;
        LocalDate end = null;
        if (n.hasNonNull("effectiveDateTime")) {
            start = med.date(n.get("effectiveDateTime").asText(), "effectiveDateTime").orElse(null);
        } else if (n.has("effectivePeriod")) {
            start = med.date(n.get("effectivePeriod").path("start").asText(null), "effectivePeriod.start").orElse(null);
            end = med.date(n.get("effectivePeriod").path("end").asText(null), "effectivePeriod.end").orElse(null);
        }
        for (String dosageField : new String[] {"dosageInstruction", "dosage"}) {
            JsonNode dosages = n.path(dosageField);
            for (JsonNode d : dosages.isArray() ? dosages : java.util.List.of(dosages)) {
                JsonNode bounds = d.path("timing").path("repeat").path("boundsPeriod");
                if (start == null && bounds.hasNonNull("start")) {
                    start = med.date(bounds.get("start").asText(), dosageField + ".timing.repeat.boundsPeriod.start").orElse(null);
                }
                if (end == null && bounds.hasNonNull("end")) {
                    end = med.date(bounds.get("end").asText(), dosageField + ".timing.repeat.boundsPeriod.end").orElse(null);
                }
            }
        }
        if (start == null && n.hasNonNull("authoredOn")) {
            start = med.date(n.get("authoredOn").asText(), "authoredOn").orElse(null);
        }
        return new LocalDate[] {start, end};
    }
}
