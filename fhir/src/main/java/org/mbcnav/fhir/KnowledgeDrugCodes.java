package org.mbcnav.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.MedicationCode;

/**
 * The drug-code table of the knowledge base (drugs.yaml ingredient codes and brands, and
 * medication-codes.yaml) as a resolver: RxNorm at any term type, or free text, to an ingredient.
 * A combination product resolves to its first ingredient; the table lists all of them.
 */
public final class KnowledgeDrugCodes implements DrugCodeResolver {
    private static final Set<String> ANTICANCER = Set.of("hormone", "targeted", "chemotherapy", "immunotherapy");
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private final Knowledge k;
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    public KnowledgeDrugCodes(Knowledge k) {
        this.k = k;
        for (Drug d : k.drugs().values()) {
            if (d.rxnorm() != null) {
                byCode.put(d.rxnorm(), d.name());
            }
            byName.put(norm(d.name()), d.name());
            d.brands().forEach(b -> byName.put(norm(b), d.name()));
        }
        for (MedicationCode c : k.medicationCodes()) {
            List<String> ingredients = c.ingredients();
            if (c.code() != null) {
                byCode.putIfAbsent(c.code(), ingredients.get(0));
            }
            if (c.text() != null) {
                byName.putIfAbsent(norm(c.text()), ingredients.get(0));
            }
            if (c.display() != null) {
                byName.putIfAbsent(norm(c.display()), ingredients.get(0));
            }
        }
    }

    @Override
    public Optional<ResolvedDrug> byCode(String system, String code) {
        if (code == null || (system != null && !system.startsWith(RXNORM))) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code)).map(this::resolved);
    }

    @Override
    public Optional<ResolvedDrug> byText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = norm(text);
        String exact = byName.get(t);
        if (exact != null) {
            return Optional.of(resolved(exact));
        }
        // "Ribociclib 200 MG Oral Tablet": the longest known name the text starts with.
        String best = null;
        for (String name : byName.keySet()) {
            if (t.startsWith(name + " ") && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best).map(byName::get).map(this::resolved);
    }

    private ResolvedDrug resolved(String ingredient) {
        Drug d = k.drugs().get(ingredient);
        return new ResolvedDrug(ingredient, d != null && ANTICANCER.contains(d.modality()));
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String norm(String s) {
        return SPACES.matcher(s.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }
}
