package org.mbcnav.fhirexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.mbcnav.model.plan.Derivation;
import org.mbcnav.model.plan.PatientSummary;
import org.mbcnav.model.plan.PriorLine;

/**
 * The engine's derived facts (subtype, HER2 category, endocrine sensitivity, the line of therapy
 * to plan, each prior metastatic line) as Observations tagged "derived", each with the engine's
 * explanation as a note, so that a receiver can tell them from what the clinic recorded.
 */
final class DerivedFacts {
    record Fact(String key, Observation observation) {
    }

    private final Reference subject;
    private final LocalDate asOf;

    DerivedFacts(Reference subject, LocalDate asOf) {
        this.subject = subject;
        this.asOf = asOf;
    }

    List<Fact> of(PatientSummary s) {
        List<Fact> out = new ArrayList<>();
        Set<Derivation> used = new HashSet<>();
        add(out, used, s, "subtype", "Breast cancer subtype", text(s.subtype()), "subtype");
        add(out, used, s, "hormone-receptor", "Hormone receptor status", text(s.hormoneReceptor()), "hormoneReceptor");
        add(out, used, s, "her2-category", "HER2 category", text(s.her2Category()), "her2");
        add(out, used, s, "endocrine-sensitivity", "Endocrine sensitivity", text(s.endocrineSensitivity()), "endocrineSensitivity");
        add(out, used, s, "line-of-therapy", "Metastatic line of therapy to plan", new IntegerType(s.line()), "nextLine");
        if (s.deNovo() != null) {
            add(out, used, s, "de-novo-stage-iv", "Stage IV at first diagnosis (de novo)", new BooleanType(s.deNovo()), "deNovo");
        }
        for (PriorLine l : s.priorLines()) {
            Observation o = observation("prior-line", "Prior metastatic line " + l.line(),
                    new StringType(String.join(" + ", l.drugs())));
            o.setEffective(new Period().setStartElement(date(l.start())).setEndElement(date(l.end())));
            o.addComponent().setCode(new CodeableConcept().setText("line number")).setValue(new IntegerType(l.line()));
            if (l.stopReason() != null) {
                o.addComponent().setCode(new CodeableConcept().setText("stop reason")).setValue(new StringType(l.stopReason()));
            }
            s.derivations().stream().filter(d -> d.fact().equals("line " + l.line())).findFirst().ifPresent(d -> {
                used.add(d);
                o.addNote(new Annotation().setText(d.explanation()));
            });
            out.add(new Fact("prior-line-" + l.line(), o));
        }
        int n = 0;
        for (Derivation d : s.derivations()) {
            if (!used.contains(d)) {
                Observation o = observation("derivation", d.fact(), new StringType(d.value()));
                note(o, d);
                out.add(new Fact("derivation-" + (n++) + "-" + d.fact(), o));
            }
        }
        return out;
    }

    private void add(List<Fact> out, Set<Derivation> used, PatientSummary s, String code, String display, Type value,
                     String derivationFact) {
        if (value == null) {
            return;
        }
        Observation o = observation(code, display, value);
        s.derivations().stream().filter(d -> d.fact().equals(derivationFact)).findFirst().ifPresent(d -> {
            used.add(d);
            note(o, d);
        });
        out.add(new Fact(code, o));
    }

    private static void note(Observation o, Derivation d) {
        String sources = d.sources().isEmpty() ? "" : " (sources: " + String.join(", ", d.sources()) + ")";
        o.addNote(new Annotation().setText(d.explanation() + sources));
    }

    private Observation observation(String code, String display, Type value) {
        Observation o = new Observation();
        o.setMeta(MbcnavTerms.derivedMeta());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(MbcnavTerms.concept(MbcnavTerms.DERIVED_FACT, code, display));
        o.setMethod(new CodeableConcept().setText("derived by the MBC Navigator engine from the recorded data"));
        o.setSubject(subject);
        o.setEffective(date(asOf));
        o.setValue(value);
        return o;
    }

    private static StringType text(String v) {
        return v == null ? null : new StringType(v);
    }

    private static DateTimeType date(LocalDate d) {
        return d == null ? null : new DateTimeType(d.toString());
    }
}
