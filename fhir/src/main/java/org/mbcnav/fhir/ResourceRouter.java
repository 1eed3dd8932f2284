package org.mbcnav.fhir;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sends each resource of the bundle to the mapper for its kind, and reports what no mapper
 * takes. Resources that only support others (Practitioner, Specimen, Medication...) are counted
 * and reported once per type rather than once each.
 */
final class ResourceRouter {
    private static final Set<String> SUPPORTING = Set.of("Practitioner", "PractitionerRole", "Organization", "Location",
            "Encounter", "Provenance", "Composition", "Specimen", "BodyStructure", "Medication", "DiagnosticReport",
            "RelatedPerson", "Device", "Group", "ServiceRequest", "CarePlan", "CareTeam", "DocumentReference");

    private final StagingMapper staging = new StagingMapper();
    private final ConditionMapper conditions = new ConditionMapper(staging);
    private final TumorMarkerMapper markers;
    private final GenomicMapper genomics;
    private final BiomarkerMapper biomarkers = new BiomarkerMapper();
    private final PersonObservationMapper person = new PersonObservationMapper();
    private final ComorbidityObservationMapper comorbidities = new ComorbidityObservationMapper();
    private final LabMapper labs = new LabMapper();
    private final RecordedFactMapper recordedFacts = new RecordedFactMapper();
    private final MedicationMapper medications;
    private final ProcedureMapper procedures;
    private final Map<String, Integer> supporting = new TreeMap<>();

    ResourceRouter(BundleIndex index, DrugCodeResolver drugs) {
        this.markers = new TumorMarkerMapper(index);
        this.genomics = new GenomicMapper(index);
        this.medications = new MedicationMapper(index, drugs);
        this.procedures = new ProcedureMapper(index);
    }

    void route(Res r, PatientFacts facts) {
        switch (r.type()) {
            case "Patient" -> {
                // Read once by PersonReader before routing.
            }
            case "Condition" -> conditions.map(r, facts);
            case "Observation" -> observation(r, facts);
            case "MedicationRequest", "MedicationAdministration", "MedicationStatement" -> medications.map(r, facts);
            case "Procedure" -> procedures.map(r, facts);
            case "AllergyIntolerance" -> allergy(r, facts);
            case "FamilyMemberHistory" -> r.info("", "FamilyMemberHistory", "family history is not used by the model");
            default -> {
                if (SUPPORTING.contains(r.type())) {
                    supporting.merge(r.type(), 1, Integer::sum);
                } else {
                    r.info("", r.type(), "resource type not understood by the importer; not used");
                }
            }
        }
    }

    private void observation(Res obs, PatientFacts facts) {
        String status = obs.text("status");
        if ("entered-in-error".equals(status) || "cancelled".equals(status)) {
            obs.info("status", status, "observation withdrawn; ignored");
            return;
        }
        if ("preliminary".equals(status) || "registered".equals(status)) {
            obs.info("status", status, "a preliminary result is used as reported - check for a final one");
        }
        Concept code = obs.concept("code");
        ObsValue value = ObsValue.read(obs.node());
        if (value.ambiguous()) {
            // FHIR allows one value[x]; with two there is no telling which the sender meant.
            obs.warning("value[x]", String.join(" + ", value.elements()), "more than one value[x] (invalid FHIR); observation not used");
            return;
        }
        if (recordedFacts.handles(code)) {
            recordedFacts.map(obs, code, facts);
        } else if (staging.handles(obs, code)) {
            staging.map(obs, code, facts);
        } else if (genomics.handles(obs, code)) {
            genomics.map(obs, code, facts);
        } else if (markers.handles(code)) {
            markers.map(obs, code, facts);
        } else if (person.handles(code)) {
            person.map(obs, code, facts);
        } else if (comorbidities.handles(obs, code)) {
            comorbidities.map(obs, facts);
        } else if (labs.handles(code)) {
            labs.map(obs, code, facts);
        } else if (biomarkers.handles(code)) {
            biomarkers.map(obs, code, facts);
        } else if (looksClinical(code.words())) {
            obs.warning("code", code.label(), "code not recognised although its display names a result the planner uses; not used - check the code");
        } else {
            obs.info("code", code.label(), "observation not used by the model");
        }
    }

    private static boolean looksClinical(String words) {
        return words.contains("her2") || words.contains("estrogen") || words.contains("progesterone")
                || words.contains("ecog") || words.contains("karnofsky") || words.contains("variant");
    }

    private static void allergy(Res r, PatientFacts facts) {
        facts.allergiesStated = true;
        Concept code = r.concept("code");
        boolean inactive = r.concept("clinicalStatus").codings().stream()
                .anyMatch(c -> "inactive".equals(c.code()) || "resolved".equals(c.code()));
        if (inactive || code.isEmpty()) {
            r.info("code", code.label(), inactive ? "inactive allergy; not used" : "allergy without a substance; not used");
            return;
        }
        facts.allergies.add(Names.clean(code.name()));
    }

    /** Reports what was only counted, and stage disagreements, after all resources were routed. */
    void finish(IssueLog log) {
        supporting.forEach((type, n) -> log.info("Bundle", type, n + " resource(s) read only through references; not mapped on their own"));
        staging.reportConflicts(log);
    }
}
