package org.mbcnav.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.TestDefinition;

/**
 * Names missing facts in words and finds the tests that would settle them (from
 * knowledge/tests.yaml): "gene:ESR1" is settled by a test whose genes include ESR1.
 */
final class MissingFacts {
    private final Knowledge k;
    /**
     * {@link #testsFor(String)} of the facts tests can settle without a qualifier (every gene a
     * test names, as a somatic and as a germline fact; PD-L1, MSI, TMB, HER2, receptors), worked
     * out once per knowledge base: the answer reads only the knowledge's tests. Other keys
     * (a PD-L1 assay, a lab) are worked out when asked.
     */
    private final Map<String, List<String>> precomputed = new HashMap<>();

    MissingFacts(Knowledge k) {
        this.k = k;
        List<String> keys = new ArrayList<>(List.of("pdl1", "msi", "tmb", "her2", "receptors"));
        for (TestDefinition t : k.tests()) {
            for (String gene : t.genes()) {
                keys.add("gene:" + gene);
                keys.add("germline:" + gene);
            }
        }
        keys.forEach(key -> precomputed.put(key, List.copyOf(settlingTests(key))));
    }

    static String describe(String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String what = colon < 0 ? "" : key.substring(colon + 1);
        return switch (kind) {
            case "gene" -> what + " result";
            case "germline" -> "germline " + what + " result";
            case "lab" -> what + " value";
            case "comorbidity-grade" -> "grade of " + what;
            case "pdl1" -> what.isEmpty() ? "PD-L1 result" : "PD-L1 result (" + what + ")";
            case "msi" -> "MSI/MMR result";
            case "tmb" -> "TMB result";
            case "her2" -> "HER2 score (IHC 0 with or without membrane staining; ISH for IHC 2+)";
            case "receptors" -> "ER/PR result";
            case "treatment-dates" -> "treatment dates";
            case "metastaticDate" -> "metastatic diagnosis date";
            case "brainStatus" -> "status of brain metastases (active, stable, treated)";
            default -> key;
        };
    }

    /** Ids of the tests that settle the fact, or empty when it is a fact to record rather than test. */
    List<String> testsFor(String key) {
        List<String> known = precomputed.get(key);
        return known != null ? known : settlingTests(key);
    }

    private List<String> settlingTests(String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String gene = colon < 0 ? null : key.substring(colon + 1);
        List<String> out = new ArrayList<>();
        for (TestDefinition t : k.tests()) {
            boolean settles = switch (kind) {
                case "gene" -> t.genes().contains(gene) && !t.settles().contains("germline");
                case "germline" -> t.genes().contains(gene) && t.settles().contains("germline");
                case "pdl1" -> gene == null ? t.settles().stream().anyMatch(x -> x.startsWith("pdl1"))
                        : t.settles().contains("pdl1") || t.settles().stream().anyMatch(x -> x.equalsIgnoreCase("pdl1:" + gene));
                case "msi", "tmb", "her2", "receptors" -> t.settles().contains(kind);
                default -> false;
            };
            if (settles) {
                out.add(t.id());
            }
        }
        // A germline-only fact may also be settled by any test of the gene when no germline test exists.
        if (out.isEmpty() && "germline".equals(kind)) {
            k.tests().stream().filter(t -> t.genes().contains(gene)).forEach(t -> out.add(t.id()));
        }
        return out;
    }

    Set<String> testsFor(Set<String> keys) {
        Set<String> out = new TreeSet<>();
        keys.forEach(key -> out.addAll(testsFor(key)));
        return out;
    }
}
