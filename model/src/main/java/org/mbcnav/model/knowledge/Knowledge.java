package org.mbcnav.model.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything in knowledge/, loaded and validated, with the lookups the engine needs. */
public record Knowledge(
        Release release,
        Definitions definitions,
        Map<String, Source> sources,
        Map<String, DrugClass> classes,
        Map<String, Drug> drugs,
        List<Regimen> regimens,
        List<SupportiveCareItem> supportiveCare,
        List<MonitoringItem> monitoring,
        List<TestDefinition> tests,
        Map<String, Gene> genes,
        List<MedicationCode> medicationCodes,
        Map<String, Set<String>> classClosure) {

    public Knowledge {
        sources = Map.copyOf(sources);
        classes = Map.copyOf(classes);
        drugs = Map.copyOf(drugs);
        regimens = List.copyOf(regimens);
        supportiveCare = List.copyOf(supportiveCare);
        monitoring = List.copyOf(monitoring);
        tests = List.copyOf(tests);
        genes = Map.copyOf(genes);
        medicationCodes = List.copyOf(medicationCodes);
        classClosure = Map.copyOf(classClosure);
    }

    public Optional<Drug> drug(String name) {
        return Optional.ofNullable(drugs.get(name));
    }

    /** Every class the drug belongs to, parents included; empty for an unknown drug. */
    public Set<String> classesOf(String drugName) {
        return classClosure.getOrDefault(drugName, Set.of());
    }

    public Optional<Regimen> regimen(String id) {
        return regimens.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
