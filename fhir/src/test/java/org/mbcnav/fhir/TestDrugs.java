package org.mbcnav.fhir;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small drug-code table for the tests only. The real table is knowledge data
 * (knowledge/medication-codes.yaml and knowledge/drugs.yaml), loaded by the kb module; these
 * rows are the RxNorm codes that occur in the fixtures, with the ingredient each names.
 */
final class TestDrugs implements DrugCodeResolver {
    private static final Map<String, String> RXNORM = Map.ofEntries(
            // Ingredient (IN) codes, standards doc §5.1.
            Map.entry("84857", "anastrozole"), Map.entry("56946", "paclitaxel"), Map.entry("3002", "cyclophosphamide"),
            Map.entry("3639", "doxorubicin"), Map.entry("2555", "cisplatin"), Map.entry("72965", "letrozole"),
            Map.entry("258494", "exemestane"), Map.entry("10324", "tamoxifen"), Map.entry("282357", "fulvestrant"),
            Map.entry("42375", "leuprolide"), Map.entry("1601374", "palbociclib"), Map.entry("1873916", "ribociclib"),
            Map.entry("1946825", "abemaciclib"), Map.entry("2169285", "alpelisib"), Map.entry("194000", "capecitabine"),
            Map.entry("12574", "gemcitabine"), Map.entry("77655", "zoledronic acid"),
            // Product-level codes as they appear in the MITRE and mCODE fixtures.
            Map.entry("1163443", "leuprolide"), Map.entry("1156671", "fulvestrant"), Map.entry("1946828", "abemaciclib"),
            Map.entry("1873980", "ribociclib"), Map.entry("1163788", "exemestane"), Map.entry("1156253", "zoledronic acid"),
            Map.entry("1157702", "anastrozole"), Map.entry("1163195", "letrozole"), Map.entry("1601377", "palbociclib"),
            Map.entry("1158877", "capecitabine"), Map.entry("1164214", "tamoxifen"), Map.entry("1946827", "abemaciclib"),
            Map.entry("1156710", "gemcitabine"), Map.entry("2169297", "alpelisib"), Map.entry("1790099", "doxorubicin"),
            Map.entry("309311", "cisplatin"));
    private static final Set<String> SUPPORTIVE = Set.of("zoledronic acid", "metformin");

    @Override
    public Optional<ResolvedDrug> byCode(String system, String code) {
        if (!Systems.RXNORM.equals(system)) {
            return Optional.empty();
        }
        return Optional.ofNullable(RXNORM.get(code)).map(TestDrugs::drug);
    }

    @Override
    public Optional<ResolvedDrug> byText(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return RXNORM.values().stream().distinct().filter(t::contains).findFirst().map(TestDrugs::drug);
    }

    private static ResolvedDrug drug(String inn) {
        return new ResolvedDrug(inn, !SUPPORTIVE.contains(inn));
    }
}
