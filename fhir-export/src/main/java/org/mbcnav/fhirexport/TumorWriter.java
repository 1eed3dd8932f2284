package org.mbcnav.fhirexport;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Specimen;
import org.hl7.fhir.r4.model.StringType;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.Her2Result;
import org.mbcnav.model.patient.MsiResult;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.PdL1Result;
import org.mbcnav.model.patient.ReceptorStatus;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.TmbResult;
import org.mbcnav.model.patient.VariantOrigin;
import org.mbcnav.model.patient.VariantResult;

/**
 * Biopsies as mCODE TumorMarkerTests sharing one Specimen each (ER 85337-4, PR 85339-0, HER2
 * IHC 18474-7, ISH 85318-4, qualitative HER2 48676-1, grade 44648-4); genomic results as
 * Genomics Reporting variants (69548-6) with LOINC components; PD-L1, MSI and TMB by LOINC.
 */
final class TumorWriter {
    private static final String V2_0487 = "http://terminology.hl7.org/CodeSystem/v2-0487";
    private final PatientToFhir.Writer w;

    TumorWriter(PatientToFhir.Writer w) {
        this.w = w;
    }

    void write(Patient p) {
        int i = 0;
        for (Biopsy b : p.tumor().biopsies()) {
            biopsy(b, ++i);
        }
        for (GenomicResult g : p.genomics()) {
            genomic(g);
        }
        for (PdL1Result r : p.biomarkers().pdl1()) {
            if (r.cps() != null) {
                pdl1(r, "PD-L1 combined positive score (CPS)", r.cps());
            }
            if (r.icPercent() != null) {
                pdl1(r, "PD-L1 immune cell (IC) percent", r.icPercent());
            }
        }
        for (MsiResult m : p.biomarkers().msi()) {
            Observation o = w.observation(PatientToFhir.LOINC, "62862-8", "Microsatellite instability", m.date());
            o.setValue(PatientToFhir.Writer.text(switch (m.status()) {
                case MSI_HIGH -> "MSI-H";
                case MSS -> "MSS";
                case MSI_LOW -> "MSI-L";
                case DMMR -> "dMMR";
                case PMMR -> "pMMR";
            }));
            method(o, m.assay());
            w.add("Observation", "msi", o);
        }
        for (TmbResult t : p.biomarkers().tmb()) {
            if (t.mutationsPerMb() != null) {
                Observation o = w.observation(PatientToFhir.LOINC, "94076-7", "Tumor mutation burden", t.date());
                o.setValue(new Quantity().setValue(t.mutationsPerMb()).setUnit("mutations/Mb"));
                method(o, t.assay());
                w.add("Observation", "tmb", o);
            }
        }
    }

    private void biopsy(Biopsy b, int n) {
        Specimen specimen = new Specimen().setSubject(w.subject);
        specimen.setType(PatientToFhir.Writer.concept(V2_0487, "TISS", "Tissue"));
        if (b.site() != null) {
            specimen.getCollection().setBodySite(PatientToFhir.Writer.text(b.site()));
        }
        Reference ref = new Reference(w.add("Specimen", "biopsy-" + n, specimen));
        if (b.erPercent() != null || b.erStatus() != null) {
            marker(ref, b, "85337-4", "Estrogen receptor", b.erPercent(), b.erStatus());
        }
        if (b.prPercent() != null || b.prStatus() != null) {
            marker(ref, b, "85339-0", "Progesterone receptor", b.prPercent(), b.prStatus());
        }
        Her2Result h = b.her2();
        if (h != null) {
            if (h.ihc() != null) {
                String score = "0".equals(h.ihc()) && h.membraneStaining() != null
                        ? (h.membraneStaining() ? "0 with membrane staining (ultralow)" : "0 without membrane staining (null)")
                        : h.ihc();
                add(ref, b, w.observation(PatientToFhir.LOINC, "18474-7", "HER2 by immunohistochemistry", b.date())
                        .setValue(new StringType(score)));
            }
            if (h.ish() != null) {
                add(ref, b, w.observation(PatientToFhir.LOINC, "85318-4", "HER2 by in situ hybridization", b.date())
                        .setValue(PatientToFhir.Writer.text(h.ish().code().replace('-', ' '))));
            }
            if (h.ihc() == null && h.ish() == null && h.status() != null) {
                add(ref, b, w.observation(PatientToFhir.LOINC, "48676-1", "HER2 interpretation", b.date())
                        .setValue(PatientToFhir.Writer.text(h.status().code())));
            }
        }
        if (b.grade() != null) {
            add(ref, b, w.observation(PatientToFhir.LOINC, "44648-4", "Histologic grade", b.date()).setValue(new IntegerType(b.grade())));
        }
        if (b.ki67() != null) {
            add(ref, b, w.recordedFact("ki67", "Ki-67 percent", b.date()).setValue(new Quantity().setValue(b.ki67()).setUnit("%")));
        }
        if (b.metastatic() != null) {
            add(ref, b, w.recordedFact("biopsy-metastatic", "Biopsy of a metastasis", b.date())
                    .setValue(new org.hl7.fhir.r4.model.BooleanType(b.metastatic())));
        }
    }

    private void marker(Reference specimen, Biopsy b, String loinc, String display, Double percent, ReceptorStatus status) {
        Observation o = w.observation(PatientToFhir.LOINC, loinc, display, b.date());
        if (percent != null) {
            o.setValue(new Quantity().setValue(percent).setUnit("%").setSystem("http://unitsofmeasure.org").setCode("%"));
        } else {
            o.setValue(switch (status) {
                case POSITIVE -> PatientToFhir.Writer.concept(PatientToFhir.LOINC, "LA6576-8", "Positive");
                case NEGATIVE -> PatientToFhir.Writer.concept(PatientToFhir.LOINC, "LA6577-6", "Negative");
                case LOW -> PatientToFhir.Writer.text("low");
            });
        }
        add(specimen, b, o);
    }

    private void add(Reference specimen, Biopsy b, Observation o) {
        o.setSpecimen(specimen);
        if (b.site() != null) {
            o.setBodySite(PatientToFhir.Writer.text(b.site()));
        }
        w.add("Observation", "tumor-marker", o);
    }

    private void genomic(GenomicResult g) {
        Observation o = w.observation(PatientToFhir.LOINC, "69548-6", "Genetic variant assessment", g.date());
        boolean absent = g.result() == VariantResult.NOT_DETECTED;
        o.setValue(absent ? PatientToFhir.Writer.concept(PatientToFhir.LOINC, "LA9634-2", "Absent")
                : PatientToFhir.Writer.concept(PatientToFhir.LOINC, "LA9633-4", "Present"));
        component(o, "48018-6", "Gene studied", PatientToFhir.Writer.text(g.gene()));
        if (g.alteration() != null) {
            component(o, "48005-3", "Amino acid change (pHGVS)", PatientToFhir.Writer.text("p." + g.alteration()));
        }
        if (g.hgvs() != null) {
            component(o, "48004-6", "DNA change (c.HGVS)", PatientToFhir.Writer.text(g.hgvs()));
        }
        if (g.origin() != null) {
            component(o, "48002-0", "Genomic source class", g.origin() == VariantOrigin.GERMLINE
                    ? PatientToFhir.Writer.concept(PatientToFhir.LOINC, "LA6683-2", "Germline")
                    : PatientToFhir.Writer.concept(PatientToFhir.LOINC, "LA6684-0", "Somatic"));
        }
        if (g.vaf() != null) {
            o.addComponent().setCode(PatientToFhir.Writer.concept(PatientToFhir.LOINC, "81258-6", "Sample variant allelic frequency"))
                    .setValue(new Quantity().setValue(g.vaf()));
        }
        String[] significance = switch (g.result() == null ? VariantResult.DETECTED : g.result()) {
            case PATHOGENIC -> new String[] {"LA6668-3", "Pathogenic"};
            case LIKELY_PATHOGENIC -> new String[] {"LA26332-9", "Likely pathogenic"};
            case VUS -> new String[] {"LA26333-7", "Uncertain significance"};
            case BENIGN -> new String[] {"LA6675-8", "Benign"};
            default -> null;
        };
        if (significance != null) {
            component(o, "53037-8", "Genetic variation clinical significance",
                    PatientToFhir.Writer.concept(PatientToFhir.LOINC, significance[0], significance[1]));
        }
        if (g.type() != null) {
            o.addInterpretation(PatientToFhir.Writer.text(g.type().code()));
        }
        method(o, g.assay());
        if (g.specimen() != null) {
            Specimen s = new Specimen().setSubject(w.subject);
            s.setType(switch (g.specimen()) {
                case TISSUE -> PatientToFhir.Writer.concept(V2_0487, "TISS", "Tissue");
                case CTDNA -> PatientToFhir.Writer.concept(V2_0487, "PLAS", "Plasma");
                case BLOOD -> PatientToFhir.Writer.concept(V2_0487, "BLD", "Whole blood");
                case SALIVA -> PatientToFhir.Writer.concept(V2_0487, "SAL", "Saliva");
            });
            o.setSpecimen(new Reference(w.add("Specimen", "specimen-" + g.specimen().code(), s)));
        }
        w.add("Observation", "variant-" + g.gene().toLowerCase(), o);
    }

    private static void component(Observation o, String loinc, String display, CodeableConcept value) {
        o.addComponent().setCode(PatientToFhir.Writer.concept(PatientToFhir.LOINC, loinc, display)).setValue(value);
    }

    private void pdl1(PdL1Result r, String what, double value) {
        Observation o = w.observation(PatientToFhir.LOINC, "83052-1", what, r.date());
        o.getCode().setText(what + (r.assay() == null ? "" : " by " + r.assay()));
        o.setValue(new Quantity().setValue(value));
        method(o, r.assay());
        w.add("Observation", "pdl1", o);
    }

    private static void method(Observation o, String assay) {
        if (assay != null) {
            o.setMethod(PatientToFhir.Writer.text(assay));
        }
    }

}
