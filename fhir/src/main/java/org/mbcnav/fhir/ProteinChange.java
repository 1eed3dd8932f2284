package org.mbcnav.fhir;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short protein change ("H1047R") from a protein HGVS expression ("NP_006209.2:p.His1047Arg",
 * "p.(H1047R)"), because the knowledge base names variants the short way. Anything other than a
 * simple substitution is kept as written.
 */
final class ProteinChange {
    private static final Map<String, String> AA = Map.ofEntries(
            Map.entry("Ala", "A"), Map.entry("Arg", "R"), Map.entry("Asn", "N"), Map.entry("Asp", "D"),
            Map.entry("Cys", "C"), Map.entry("Gln", "Q"), Map.entry("Glu", "E"), Map.entry("Gly", "G"),
            Map.entry("His", "H"), Map.entry("Ile", "I"), Map.entry("Leu", "L"), Map.entry("Lys", "K"),
            Map.entry("Met", "M"), Map.entry("Phe", "F"), Map.entry("Pro", "P"), Map.entry("Ser", "S"),
            Map.entry("Thr", "T"), Map.entry("Trp", "W"), Map.entry("Tyr", "Y"), Map.entry("Val", "V"),
            Map.entry("Ter", "*"));
    private static final Pattern THREE = Pattern.compile("p\\.\\(?([A-Z][a-z]{2})(\\d+)([A-Z][a-z]{2}|=)\\)?$");
    private static final Pattern ONE = Pattern.compile("p\\.\\(?([A-Z*])(\\d+)([A-Z*=])\\)?$");

    private ProteinChange() {
    }

    static Optional<String> shortForm(String hgvs) {
        if (hgvs == null || hgvs.isBlank()) {
            return Optional.empty();
        }
        String s = hgvs.trim();
        Matcher m = THREE.matcher(s);
        if (m.find() && AA.containsKey(m.group(1)) && (AA.containsKey(m.group(3)) || "=".equals(m.group(3)))) {
            String to = "=".equals(m.group(3)) ? AA.get(m.group(1)) : AA.get(m.group(3));
            return Optional.of(AA.get(m.group(1)) + m.group(2) + to);
        }
        Matcher o = ONE.matcher(s);
        if (o.find()) {
            return Optional.of(o.group(1) + o.group(2) + ("=".equals(o.group(3)) ? o.group(1) : o.group(3)));
        }
        int p = s.indexOf("p.");
        return Optional.of(p >= 0 ? s.substring(p + 2).replace("(", "").replace(")", "") : s);
    }
}
