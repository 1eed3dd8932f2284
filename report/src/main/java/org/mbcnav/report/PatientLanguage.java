package org.mbcnav.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * Plain-language text for the patient report, as data from knowledge/patient-language.yaml:
 * what each cancer type means, how each treatment is given and its common side effects with
 * their management, what each kind of monitoring is for, supportive services and questions.
 */
public record PatientLanguage(LocalDate lastReviewed, List<Subtype> subtypes, Text metastatic, List<Treatment> treatments,
                              Map<String, String> monitoring, List<Service> services, List<String> questions,
                              String disclaimer) {

    public PatientLanguage {
        subtypes = List.copyOf(subtypes);
        treatments = List.copyOf(treatments);
        monitoring = Map.copyOf(monitoring);
        services = List.copyOf(services);
        questions = List.copyOf(questions);
    }

    public record Subtype(String id, String title, String text, List<String> sources) {
    }

    public record Text(String text, List<String> sources) {
    }

    /** What a treatment entry applies to: exactly one of a drug, a drug class or a modality. */
    public record Match(String drug, String drugClass, String modality) {
    }

    public record SideEffect(String effect, String manage) {
    }

    public record Treatment(Match match, String name, String what, String howGiven, String howOften,
                            List<SideEffect> sideEffects, String avoid, List<String> sources) {
        public Treatment {
            sideEffects = List.copyOf(sideEffects);
            sources = List.copyOf(sources);
        }
    }

    public record Service(String title, String text, List<String> sources) {
    }

    /** The subtype entry for the plan's subtype, falling back to "unknown". */
    public Subtype subtype(String planSubtype) {
        return subtypes.stream().filter(s -> planSubtype != null && planSubtype.equals(s.id())).findFirst()
                .orElseGet(() -> subtypes.stream().filter(s -> s.id().equals("unknown")).findFirst().orElseThrow());
    }

    /** The most specific entry for a drug: the drug itself, then its classes, then its modality. */
    public Optional<Treatment> treatment(String drug, Knowledge k) {
        Optional<Treatment> byDrug = treatments.stream().filter(t -> drug.equals(t.match().drug())).findFirst();
        if (byDrug.isPresent()) {
            return byDrug;
        }
        Set<String> classes = k.classesOf(drug);
        // Classes are matched in file order, so a narrower class listed first wins.
        Optional<Treatment> byClass = treatments.stream()
                .filter(t -> t.match().drugClass() != null && classes.contains(t.match().drugClass())).findFirst();
        if (byClass.isPresent()) {
            return byClass;
        }
        String modality = k.drug(drug).map(d -> d.modality()).orElse(null);
        return treatments.stream().filter(t -> modality != null && modality.equals(t.match().modality())).findFirst();
    }
}
