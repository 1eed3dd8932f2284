package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.AlterationType;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.VariantOrigin;
import org.mbcnav.model.patient.VariantResult;

/**
 * GenomicVariant (Genomics Reporting / mCODE STU4) and CancerGeneticVariant (STU1) Observations,
 * and GenomicRegionStudied. Components are matched by LOINC code, never by slice name, because
 * slice names changed between Genomics Reporting versions (standards doc §1.3).
 */
final class GenomicMapper {
    private static final Set<String> VARIANT = Set.of("69548-6", "81247-9");
    private static final String REGION_STUDIED = "53041-0";
    private static final String GENE = "48018-6";
    private static final String PROTEIN_HGVS = "48005-3";
    private static final String DNA_HGVS = "48004-6";
    private static final String GENOMIC_HGVS = "81290-9";
    private static final String CLINVAR = "81252-9";
    private static final String ORIGIN = "48002-0";
    private static final String VAF = "81258-6";
    private static final String SIGNIFICANCE = "53037-8";
    private static final String CHANGE_TYPE = "48019-4";
    private static final String PRESENT = "LA9633-4";
    private static final String ABSENT = "LA9634-2";
    private static final Set<String> BLOOD = Set.of("BLD", "BLDA", "BLDV", "BLDC", "PLAS", "SER", "SR", "PLB");
    private static final Set<String> SALIVA = Set.of("SAL", "SPT");
    private static final String AMPLIFICATION_SNOMED = "12645001";
    private static final String POINT_MUTATION_SNOMED = "471281007";

    private final BundleIndex index;
    /** Observation reference -> the DiagnosticReport listing it, for specimen and date. */
    private final Map<String, Res> reportOf = new HashMap<>();

    GenomicMapper(BundleIndex index) {
        this.index = index;
        for (Res r : index.resources()) {
            if ("DiagnosticReport".equals(r.type())) {
                for (JsonNode result : r.node().path("result")) {
                    index.resolve(result, r).ifPresent(o -> reportOf.put(o.ref(), r));
                }
            }
        }
    }

    boolean handles(Res obs, Concept code) {
        return code.hasAny(Systems.LOINC, VARIANT) || code.has(Systems.LOINC, REGION_STUDIED)
                || obs.hasProfile("mcode-genomic-variant") || obs.hasProfile("mcode-cancer-genetic-variant");
    }

    void map(Res obs, Concept code, PatientFacts facts) {
        LocalDate date = obs.eventDate().orElseGet(() -> Optional.ofNullable(reportOf.get(obs.ref()))
                .flatMap(Res::eventDate).orElse(null));
        SpecimenType specimen = specimen(obs);
        if (code.has(Systems.LOINC, REGION_STUDIED)) {
            region(obs, date, specimen, facts);
            return;
        }
        Concept gene = Concept.EMPTY;
        String protein = null;
        String dna = null;
        String genomic = null;
        VariantOrigin origin = null;
        Double vaf = null;
        VariantResult significance = null;
        String changeWords = "";
        List<String> unused = new ArrayList<>();
        for (JsonNode component : obs.node().path("component")) {
            Concept cc = Concept.of(component.get("code"));
            ObsValue v = ObsValue.read(component);
            if (cc.has(Systems.LOINC, GENE)) {
                gene = v.concept();
            } else if (cc.has(Systems.LOINC, PROTEIN_HGVS)) {
                protein = valueText(v);
            } else if (cc.has(Systems.LOINC, DNA_HGVS)) {
                dna = valueText(v);
            } else if (cc.has(Systems.LOINC, GENOMIC_HGVS)) {
                genomic = valueText(v);
            } else if (cc.has(Systems.LOINC, ORIGIN)) {
                origin = origin(obs, v.concept());
            } else if (cc.has(Systems.LOINC, VAF)) {
                vaf = vaf(obs, v);
            } else if (cc.has(Systems.LOINC, SIGNIFICANCE)) {
                significance = significance(obs, v.concept());
            } else if (cc.has(Systems.LOINC, CHANGE_TYPE)) {
                changeWords = v.concept().words();
            } else if (!cc.has(Systems.LOINC, CLINVAR)) {
                unused.add(cc.label());
            }
        }
        if (!unused.isEmpty()) {
            obs.info("component", String.join("; ", unused), "components not used by the model");
        }
        if (gene.isEmpty()) {
            obs.warning("component 48018-6", "gene", "genomic variant without a gene; not used");
            return;
        }
        Optional<String> known = GeneSymbols.symbol(gene);
        if (known.isEmpty()) {
            obs.warning("component 48018-6", gene.label(), "HGNC id not in the importer's gene list; kept as the id");
        }
        String symbol = known.orElse(GeneSymbols.fallback(gene));
        Presence presence = result(obs, significance, symbol);
        if (!presence.understood()) {
            return;
        }
        VariantResult result = presence.result();
        AlterationType type = type(obs, changeWords, protein != null || dna != null || genomic != null);
        if (origin == VariantOrigin.SOMATIC && specimen == SpecimenType.BLOOD) {
            // Somatic variants found in blood are circulating tumour DNA.
            specimen = SpecimenType.CTDNA;
        }
        String alteration = ProteinChange.shortForm(protein).orElse(null);
        String hgvs = dna != null ? dna : genomic;
        String assay = obs.concept("method").isEmpty() ? null : obs.concept("method").name();
        facts.genomics.add(new GenomicResult(symbol, result == VariantResult.NOT_DETECTED ? null : type, alteration, hgvs,
                result, origin, specimen, date, assay, vaf));
    }

    private static String valueText(ObsValue v) {
        if (v.string() != null) {
            return v.string();
        }
        for (Coding c : v.concept().codings()) {
            if (c.code() != null) {
                return c.code();
            }
        }
        return v.concept().text();
    }

    private static VariantOrigin origin(Res obs, Concept value) {
        if (value.has(Systems.LOINC, "LA6683-2") || value.has(Systems.LOINC, "LA18194-3")) {
            return VariantOrigin.GERMLINE;
        }
        if (value.has(Systems.LOINC, "LA6684-0") || value.has(Systems.LOINC, "LA18195-0")) {
            return VariantOrigin.SOMATIC;
        }
        String w = value.words();
        if (w.contains("germline")) {
            return VariantOrigin.GERMLINE;
        }
        if (w.contains("somatic")) {
            return VariantOrigin.SOMATIC;
        }
        obs.warning("component 48002-0", value.label(), "genomic origin not understood; left unrecorded");
        return null;
    }

    /** VAF as a fraction 0-1; a value over 1 is a percentage. */
    private static Double vaf(Res obs, ObsValue v) {
        if (v.number() == null) {
            obs.warning("component 81258-6", v.words(), "allele frequency is not a number; not used");
            return null;
        }
        double f = v.number() > 1 || "%".equals(v.unit()) ? v.number() / 100 : v.number();
        if (f < 0 || f > 1) {
            obs.warning("component 81258-6", String.valueOf(v.number()), "allele frequency outside 0-100%; not used");
            return null;
        }
        return f;
    }

    /** LOINC LL4034-6 answers, then the words. */
    private static VariantResult significance(Res obs, Concept value) {
        if (value.has(Systems.LOINC, "LA6668-3")) {
            return VariantResult.PATHOGENIC;
        }
        if (value.has(Systems.LOINC, "LA26332-9")) {
            return VariantResult.LIKELY_PATHOGENIC;
        }
        if (value.has(Systems.LOINC, "LA26333-7")) {
            return VariantResult.VUS;
        }
        if (value.has(Systems.LOINC, "LA6675-8") || value.has(Systems.LOINC, "LA26334-5")) {
            return VariantResult.BENIGN;
        }
        String w = value.words();
        if (w.contains("likely pathogenic")) {
            return VariantResult.LIKELY_PATHOGENIC;
        }
        if (w.contains("pathogenic")) {
            return VariantResult.PATHOGENIC;
        }
        if (w.contains("uncertain")) {
            return VariantResult.VUS;
        }
        if (w.contains("benign")) {
            return VariantResult.BENIGN;
        }
        obs.warning("component 53037-8", value.label(), "clinical significance not understood; not used");
        return null;
    }

    /** Whether the variant's presence was understood, and the result to record (null = detected, significance unknown). */
    private record Presence(boolean understood, VariantResult result) {
    }

    private static Presence result(Res obs, VariantResult significance, String gene) {
        Concept value = obs.concept("valueCodeableConcept");
        if (value.has(Systems.LOINC, ABSENT) || value.words().contains("absent") || value.words().contains("not detected")) {
            return new Presence(true, VariantResult.NOT_DETECTED);
        }
        boolean present = value.has(Systems.LOINC, PRESENT) || value.words().contains("present") || value.words().contains("detected")
                || (value.isEmpty() && obs.concepts("interpretation").stream().anyMatch(c -> c.has(Systems.SNOMED, "10828004")));
        if (!present) {
            obs.warning("value[x]", value.label(), "variant presence not understood; " + gene + " variant not used");
            return new Presence(false, null);
        }
        if (significance == null) {
            obs.warning("component 53037-8", gene + " variant present",
                    "no clinical significance reported; recorded as detected (significance unknown) - check before acting on it");
            return new Presence(true, VariantResult.DETECTED);
        }
        return new Presence(true, significance);
    }

    private static AlterationType type(Res obs, String changeWords, boolean hasHgvs) {
        StringBuilder words = new StringBuilder(changeWords);
        for (Concept c : obs.concepts("interpretation")) {
            if (c.has(Systems.SNOMED, AMPLIFICATION_SNOMED)) {
                return AlterationType.AMPLIFICATION;
            }
            if (c.has(Systems.SNOMED, POINT_MUTATION_SNOMED)) {
                return AlterationType.MUTATION;
            }
            words.append(' ').append(c.words());
        }
        String w = words.toString();
        if (w.contains("amplification") || w.contains("copy number gain")) {
            return AlterationType.AMPLIFICATION;
        }
        if (w.contains("fusion") || w.contains("rearrangement")) {
            return AlterationType.FUSION;
        }
        if (w.contains("copy number loss") || w.contains("gene deletion") || w.contains("homozygous deletion")) {
            return AlterationType.DELETION;
        }
        return hasHgvs || w.contains("mutation") || w.contains("substitution") ? AlterationType.MUTATION : null;
    }

    private SpecimenType specimen(Res obs) {
        JsonNode ref = obs.node().get("specimen");
        Optional<Res> specimen = ref == null ? Optional.empty() : index.resolve(ref, obs);
        if (specimen.isEmpty()) {
            Res report = reportOf.get(obs.ref());
            if (report != null && report.node().path("specimen").size() > 0) {
                specimen = index.resolve(report.node().path("specimen").get(0), report);
            }
        }
        if (specimen.isEmpty()) {
            return null;
        }
        Concept type = specimen.get().concept("type");
        Optional<String> v2 = type.code(Systems.V2_0487);
        String code = v2.orElse("").toUpperCase();
        if (BLOOD.contains(code) || type.words().contains("blood") || type.words().contains("plasma")) {
            return SpecimenType.BLOOD;
        }
        if (SALIVA.contains(code) || type.words().contains("saliva")) {
            return SpecimenType.SALIVA;
        }
        if (!type.isEmpty()) {
            return SpecimenType.TISSUE;
        }
        return null;
    }

    private static void region(Res obs, LocalDate date, SpecimenType specimen, PatientFacts facts) {
        List<String> genes = new ArrayList<>();
        for (JsonNode component : obs.node().path("component")) {
            Concept cc = Concept.of(component.get("code"));
            if (!cc.has(Systems.LOINC, GENE)) {
                continue;
            }
            for (Coding c : Concept.of(component.get("valueCodeableConcept")).codings()) {
                Concept one = new Concept(List.of(c), null);
                genes.add(GeneSymbols.symbol(one).orElse(GeneSymbols.fallback(one)));
            }
        }
        if (genes.isEmpty()) {
            obs.info("component", "region studied", "no genes named; not used");
            return;
        }
        facts.regionsStudied.add(new PatientFacts.GenomicRegion(obs.ref(), genes, date, specimen));
    }
}
