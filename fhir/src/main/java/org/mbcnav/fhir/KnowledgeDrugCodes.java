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
import org.mbcnav.model.knowledge.NdcCode;

/**
 * The drug-code table of the knowledge base (drugs.yaml ingredient codes and brands, and
 * medication-codes.yaml) as a resolver: RxNorm at any term type, an NDC package code, a UNII, or
 * free text, to an ingredient. A combination product resolves to its first ingredient; the table
 * lists all of them.
 */
public final class KnowledgeDrugCodes implements DrugCodeResolver {
    private static final Set<String> ANTICANCER = Set.of("hormone", "targeted", "chemotherapy", "immunotherapy");
    /** medication-codes.yaml system name -> FHIR system URI. */
    private static final Map<String, String> SYSTEMS = Map.of("rxnorm", Systems.RXNORM, "ndc", Systems.NDC,
            "unii", Systems.UNII);

    private final Knowledge k;
    /** Keyed by FHIR system URI, then by the code in its comparable form ({@link #key}). */
    private final Map<String, Map<String, String>> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    public KnowledgeDrugCodes(Knowledge k) {
        this.k = k;
        for (Drug d : k.drugs().values()) {
            d.rxnormIngredients().forEach(code -> table(Systems.RXNORM).put(code, d.name()));
            byName.put(norm(d.name()), d.name());
            d.brands().forEach(b -> byName.put(norm(b), d.name()));
        }
        for (MedicationCode c : k.medicationCodes()) {
            List<String> ingredients = c.ingredients();
            String system = c.system() == null ? null : SYSTEMS.get(c.system());
            if (c.code() != null && system != null) {
                key(system, c.code()).ifPresent(code -> table(system).putIfAbsent(code, ingredients.get(0)));
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
        if (system == null || code == null) {
            return Optional.empty();
        }
        // RxNorm URIs are sometimes sent with a trailing path or version; the others are matched exactly.
        String known = system.startsWith(Systems.RXNORM) ? Systems.RXNORM : system;
        Map<String, String> codes = byCode.get(known);
        if (codes == null) {
            return Optional.empty();
        }
        return key(known, code).map(codes::get).map(this::resolved);
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

    private Map<String, String> table(String system) {
        return byCode.computeIfAbsent(system, s -> new HashMap<>());
    }

    /** The form in which codes of a system compare: NDCs as 11 digits, UNIIs in capitals, RxNorm as given. */
    private static Optional<String> key(String system, String code) {
        String c = code.trim();
        return switch (system) {
            case Systems.NDC -> NdcCode.normalize(c);
            case Systems.UNII -> Optional.of(c.toUpperCase(Locale.ROOT));
            default -> Optional.of(c);
        };
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
