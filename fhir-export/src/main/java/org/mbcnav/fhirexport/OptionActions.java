package org.mbcnav.fhirexport;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.RequestGroup;
import org.mbcnav.model.plan.ApprovalStatus;
import org.mbcnav.model.plan.DrugRef;
import org.mbcnav.model.plan.EvidenceSummary;
import org.mbcnav.model.plan.PlanOption;
import org.mbcnav.model.plan.SourceRef;
import org.mbcnav.model.plan.Warning;

/**
 * One ranked option as a RequestGroup action: the title, the reasons, warnings and approvals as
 * its description, the drugs as RxNorm codes, and the evidence (trials and every cited source) as
 * RelatedArtifact citations.
 */
final class OptionActions {
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private OptionActions() {
    }

    /** A proposed request to add to the bundle, referenced by an action. */
    record Proposal(String key, Resource resource) {
    }

    /**
     * The option's action; its proposals (one MedicationRequest per drug, or a ServiceRequest for
     * an option without drugs such as local therapy) go to {@code proposals}: a leaf action must
     * point at a resource (R4 invariant rqg-1).
     */
    static RequestGroup.RequestGroupActionComponent action(PlanOption o, Reference subject, Ids ids, List<Proposal> proposals) {
        RequestGroup.RequestGroupActionComponent a = new RequestGroup.RequestGroupActionComponent();
        a.setId(o.id());
        a.setPrefix(String.valueOf(o.rank()));
        a.setTitle(o.title());
        a.setDescription(description(o));
        if (o.schedule() != null) {
            a.setTextEquivalent(o.schedule());
        }
        a.addCode(MbcnavTerms.concept(MbcnavTerms.OPTION_CATEGORY, o.category(), "category " + o.category()));
        CodeableConcept drugs = new CodeableConcept().setText(String.join(" + ", o.drugs().stream().map(DrugRef::name).toList()));
        for (DrugRef d : o.drugs()) {
            if (d.rxnorm() != null) {
                drugs.addCoding(new Coding(RXNORM, d.rxnorm(), d.name()));
            }
        }
        a.addCode(drugs);
        a.setGroupingBehavior(RequestGroup.ActionGroupingBehavior.LOGICALGROUP);
        a.setSelectionBehavior(RequestGroup.ActionSelectionBehavior.ALL);
        if (o.drugs().isEmpty()) {
            ServiceRequest sr = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.DRAFT)
                    .setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL).setSubject(subject);
            sr.setCode(new CodeableConcept().setText(o.title()));
            a.addAction().setTitle(o.title()).setResource(proposal(ids, o.id(), sr, proposals));
        }
        for (DrugRef d : o.drugs()) {
            MedicationRequest mr = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.DRAFT)
                    .setIntent(MedicationRequest.MedicationRequestIntent.PROPOSAL).setSubject(subject);
            CodeableConcept med = new CodeableConcept().setText(d.name());
            if (d.rxnorm() != null) {
                med.addCoding(new Coding(RXNORM, d.rxnorm(), d.name()));
            }
            mr.setMedication(med);
            if (o.schedule() != null) {
                mr.addDosageInstruction().setText(o.schedule());
            }
            a.addAction().setTitle(d.name()).setResource(proposal(ids, o.id() + "|" + d.name(), mr, proposals));
        }
        for (EvidenceSummary e : o.evidence()) {
            RelatedArtifact r = new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION);
            r.setLabel(e.trial());
            r.setDisplay(e.summary());
            if (e.nct() != null) {
                r.setUrl("https://clinicaltrials.gov/study/" + e.nct());
            }
            a.addDocumentation(r);
        }
        for (SourceRef s : o.sources()) {
            a.addDocumentation(citation(s));
        }
        return a;
    }

    private static Reference proposal(Ids ids, String key, Resource r, List<Proposal> proposals) {
        String url = ids.urn("proposal|" + key);
        proposals.add(new Proposal(url, r));
        return new Reference(url);
    }

    static RelatedArtifact citation(SourceRef s) {
        RelatedArtifact r = new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION);
        r.setLabel(s.id());
        r.setDisplay(s.title());
        if (s.url() != null) {
            r.setUrl(s.url());
        }
        return r;
    }

    private static String description(PlanOption o) {
        List<String> lines = new ArrayList<>();
        o.reasons().forEach(r -> lines.add("Why: " + r));
        for (Warning w : o.warnings()) {
            lines.add((w.severity().equals("check") ? "Check: " : "Warning: ") + w.reason());
        }
        for (ApprovalStatus ap : o.approvals()) {
            lines.add("Approval " + ap.region() + ": " + ap.status() + (ap.note() == null ? "" : " (" + ap.note() + ")"));
        }
        o.preferenceNotes().forEach(p -> lines.add("Preference: " + p));
        o.unverified().forEach(u -> lines.add("Not verified: " + u));
        return String.join("\n", lines);
    }
}
