package org.mbcnav.fhirexport;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.plan.Exclusion;
import org.mbcnav.model.plan.MissingTest;
import org.mbcnav.model.plan.MonitoringEntry;
import org.mbcnav.model.plan.Plan;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SupportiveCareAdvice;

/**
 * A plan as a FHIR R4 collection Bundle (docs/fhir-export.md):
 * <ul>
 * <li>a CarePlan (draft, proposal) whose first activity is the RequestGroup of ranked options,
 * then supportive care, monitoring and missing tests as activities, and each option not offered
 * as a do-not-perform activity with its reasons;</li>
 * <li>the RequestGroup: one "at most one" group of the options, each with its evidence as
 * RelatedArtifact citations;</li>
 * <li>the derived facts as Observations tagged {@code data-origin#derived};</li>
 * <li>a Device naming the software and the knowledge version, as author;</li>
 * <li>an OperationOutcome with every data-quality issue, so nothing the import left out is lost.</li>
 * </ul>
 * The same plan always gives the same bytes (identifiers are name-based UUIDs).
 */
public final class PlanToFhir {
    private final FhirContext ctx;

    public PlanToFhir() {
        this(FhirContexts.r4());
    }

    public PlanToFhir(FhirContext ctx) {
        this.ctx = ctx;
    }

    public String toJson(Plan plan) {
        return ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(toBundle(plan)) + "\n";
    }

    public Bundle toBundle(Plan plan) {
        String patientId = plan.patientSummary().id() == null ? "patient" : plan.patientSummary().id();
        Ids ids = new Ids("plan|" + patientId + "|" + plan.asOf() + "|" + plan.knowledgeVersion());
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        b.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(ids.urn("bundle")));

        Reference subject = new Reference(ids.urn("patient"));
        add(b, ids.urn("patient"), patient(plan, patientId));
        Reference author = new Reference(ids.urn("device")).setDisplay("MBC Navigator, knowledge " + plan.knowledgeVersion());
        add(b, ids.urn("device"), device(plan));

        RequestGroup group = new RequestGroup();
        group.setStatus(RequestGroup.RequestStatus.DRAFT).setIntent(RequestGroup.RequestIntent.PROPOSAL);
        group.setSubject(subject).setAuthor(author).setAuthoredOnElement(new DateTimeType(plan.asOf().toString()));
        group.setCode(new CodeableConcept().setText("Systemic treatment options, ranked"));
        group.addExtension(MbcnavTerms.KNOWLEDGE_VERSION, new StringType(plan.knowledgeVersion()));
        RequestGroup.RequestGroupActionComponent choice = group.addAction();
        choice.setTitle("Treatment options (" + plan.options().size() + ")");
        choice.setGroupingBehavior(RequestGroup.ActionGroupingBehavior.LOGICALGROUP);
        choice.setSelectionBehavior(RequestGroup.ActionSelectionBehavior.ATMOSTONE);
        List<OptionActions.Proposal> proposals = new ArrayList<>();
        for (PlanOption o : plan.options()) {
            choice.addAction(OptionActions.action(o, subject, ids, proposals));
        }
        group.addNote(new Annotation().setText(plan.disclaimer()));

        CarePlan care = new CarePlan();
        care.setStatus(CarePlan.CarePlanStatus.DRAFT).setIntent(CarePlan.CarePlanIntent.PROPOSAL);
        care.setTitle("MBC Navigator plan as of " + plan.asOf());
        care.setDescription("Evidence-linked options for review by the care team; knowledge version " + plan.knowledgeVersion()
                + ". " + plan.disclaimer());
        care.setSubject(subject).setAuthor(author).setCreatedElement(new DateTimeType(plan.asOf().toString()));
        care.addExtension(MbcnavTerms.KNOWLEDGE_VERSION, new StringType(plan.knowledgeVersion()));
        care.addActivity().setReference(new Reference(ids.urn("request-group")).setDisplay("treatment options"));
        for (SupportiveCareAdvice s : plan.supportiveCare()) {
            CarePlan.CarePlanActivityDetailComponent d = detail(care, CarePlan.CarePlanActivityKind.SERVICEREQUEST, s.title(),
                    s.why() + (s.actions().isEmpty() ? "" : "\n- " + String.join("\n- ", s.actions())));
            d.setReasonCode(List.of(new CodeableConcept().setText("supportive care: " + s.domain())));
        }
        for (MonitoringEntry m : plan.monitoring()) {
            CarePlan.CarePlanActivityDetailComponent d = detail(care, CarePlan.CarePlanActivityKind.SERVICEREQUEST, m.title(),
                    m.rationale() + (m.forOptions().isEmpty() ? "" : " (for options: " + String.join(", ", m.forOptions()) + ")"));
            Timing t = new Timing();
            m.dates().forEach(date -> t.getEvent().add(new DateTimeType(date.toString())));
            d.setScheduled(t);
            d.setReasonCode(List.of(new CodeableConcept().setText("monitoring: " + m.kind())));
        }
        for (MissingTest m : plan.missingTests()) {
            CarePlan.CarePlanActivityDetailComponent d = detail(care, CarePlan.CarePlanActivityKind.SERVICEREQUEST, m.title(), m.why());
            d.setReasonCode(List.of(new CodeableConcept().setText("missing test; would settle: " + String.join(", ", m.opens()))));
        }
        for (Exclusion x : plan.excluded()) {
            CarePlan.CarePlanActivityDetailComponent d = detail(care, CarePlan.CarePlanActivityKind.MEDICATIONREQUEST, x.title(),
                    x.kind() + ": " + String.join("; ", x.reasons())
                            + (x.missing().isEmpty() ? "" : "\nMissing: " + String.join("; ", x.missing())));
            d.setDoNotPerform(true);
            d.setStatusReason(new CodeableConcept().setText(x.kind()));
        }
        care.addNote(new Annotation().setText(plan.disclaimer()));

        for (DerivedFacts.Fact f : new DerivedFacts(subject, plan.asOf()).of(plan.patientSummary())) {
            String url = ids.urn("fact|" + f.key());
            care.addSupportingInfo(new Reference(url).setDisplay("derived: " + f.observation().getCode().getText()));
            add(b, url, f.observation());
        }
        if (!plan.dataQuality().isEmpty()) {
            care.addSupportingInfo(new Reference(ids.urn("data-quality")).setDisplay("data-quality issues of the input"));
        }
        b.getEntry().add(1, entry(ids.urn("care-plan"), care));
        b.getEntry().add(2, entry(ids.urn("request-group"), group));
        proposals.forEach(p -> add(b, p.key(), p.resource()));
        if (!plan.dataQuality().isEmpty()) {
            add(b, ids.urn("data-quality"), dataQuality(plan.dataQuality()));
        }
        return b;
    }

    private static CarePlan.CarePlanActivityDetailComponent detail(CarePlan care, CarePlan.CarePlanActivityKind kind,
                                                                   String title, String description) {
        CarePlan.CarePlanActivityDetailComponent d = care.addActivity().getDetail();
        d.setKind(kind);
        d.setCode(new CodeableConcept().setText(title));
        d.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
        d.setDescription(description);
        return d;
    }

    private static Patient patient(Plan plan, String id) {
        Patient p = new Patient();
        p.addIdentifier().setSystem(MbcnavTerms.BASE + "/patient-id").setValue(id);
        String sex = plan.patientSummary().sex();
        if ("female".equals(sex)) {
            p.setGender(Enumerations.AdministrativeGender.FEMALE);
        } else if ("male".equals(sex)) {
            p.setGender(Enumerations.AdministrativeGender.MALE);
        }
        return p;
    }

    private static Device device(Plan plan) {
        Device d = new Device();
        d.addDeviceName().setName("MBC Navigator").setType(Device.DeviceNameType.USERFRIENDLYNAME);
        d.addVersion().setType(new CodeableConcept().setText("knowledge")).setValue(plan.knowledgeVersion());
        d.setType(new CodeableConcept().setText("clinical decision support software"));
        return d;
    }

    private static OperationOutcome dataQuality(List<DataQualityIssue> issues) {
        OperationOutcome oo = new OperationOutcome();
        for (DataQualityIssue i : issues) {
            OperationOutcome.OperationOutcomeIssueComponent c = oo.addIssue();
            switch (i.severity()) {
                case "error" -> c.setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(OperationOutcome.IssueType.INVALID);
                case "warning" -> c.setSeverity(OperationOutcome.IssueSeverity.WARNING).setCode(OperationOutcome.IssueType.NOTSUPPORTED);
                default -> c.setSeverity(OperationOutcome.IssueSeverity.INFORMATION).setCode(OperationOutcome.IssueType.INFORMATIONAL);
            }
            c.setDiagnostics(i.where() + ": " + i.what() + ": " + i.reason());
        }
        return oo;
    }

    private static void add(Bundle b, String fullUrl, Resource r) {
        b.addEntry(entry(fullUrl, r));
    }

    private static Bundle.BundleEntryComponent entry(String fullUrl, Resource r) {
        return new Bundle.BundleEntryComponent().setFullUrl(fullUrl).setResource(r);
    }
}
