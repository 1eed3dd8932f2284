package org.mbcnav.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * HGNC ids to approved symbols for the genes seen in the standards doc §5.2 and the fixtures.
 * Other ids are kept as "HGNC:n" and reported; a display that already looks like a symbol
 * ("PALB2") is used as it is.
 */
final class GeneSymbols {
    private static final Map<String, String> BY_ID = Map.ofEntries(
            Map.entry("1100", "BRCA1"),
            Map.entry("1101", "BRCA2"),
            Map.entry("1748", "CDH1"),
            Map.entry("26144", "PALB2"),
            Map.entry("9588", "PTEN"),
            Map.entry("11389", "STK11"),
            Map.entry("11998", "TP53"),
            Map.entry("3467", "ESR1"),
            Map.entry("8975", "PIK3CA"),
            // The MITRE fixture names these by their full names: Cyclin D1, Fibroblast growth
            // factor receptor 1, MDM2 proto-oncogene.
            Map.entry("1582", "CCND1"),
            Map.entry("3688", "FGFR1"),
            Map.entry("6973", "MDM2"));

    private GeneSymbols() {
    }

    static Optional<String> symbol(Concept gene) {
        for (Coding c : gene.codings()) {
            if ((Systems.HGNC.equals(c.system()) || Systems.HGNC_LEGACY.equals(c.system())) && c.code() != null) {
                String id = c.code().toUpperCase().replace("HGNC:", "");
                String s = BY_ID.get(id);
                if (s != null) {
                    return Optional.of(s);
                }
            }
        }
        for (Coding c : gene.codings()) {
            if (c.display() != null && c.display().matches("[A-Z][A-Z0-9-]{1,9}")) {
                return Optional.of(c.display());
            }
        }
        if (gene.text() != null && gene.text().matches("[A-Z][A-Z0-9-]{1,9}")) {
            return Optional.of(gene.text());
        }
        return Optional.empty();
    }

    static String fallback(Concept gene) {
        for (Coding c : gene.codings()) {
            if (c.code() != null) {
                return c.code().startsWith("HGNC:") ? c.code() : "HGNC:" + c.code();
            }
        }
        return gene.name();
    }
}
