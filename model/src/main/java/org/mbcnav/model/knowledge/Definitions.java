package org.mbcnav.model.knowledge;

import java.util.List;

/**
 * Thresholds the derivations use (knowledge/definitions.yaml), kept as data so that a
 * clinician can review and change them without reading code.
 *
 * @param hrPositiveMinPercent             ER or PR at or above this percentage is positive (ASCO/CAP)
 * @param erLowMaxPercent                  ER from the positive threshold up to this percentage is ER-low
 * @param adjuvantPrimaryResistanceMonths  relapse within this many months of starting adjuvant endocrine therapy = primary resistance (ABC)
 * @param adjuvantSecondaryResistanceMonths relapse within this many months after completing adjuvant endocrine therapy = secondary resistance (ABC)
 * @param metastaticPrimaryResistanceMonths progression within this many months of first-line endocrine therapy for advanced disease = primary resistance (ABC)
 * @param karnofskyToEcog                  Karnofsky bands and the ECOG grade each corresponds to
 * @param regimenWindowDays                drugs started within this many days of each other form one regimen
 * @param monitoringHorizonDays            how far ahead the dated monitoring schedule goes
 * @param rankingRules                     how options are ordered within a category, in order of precedence
 * @param rechallenge                      why a regimen the disease progressed on is not offered again (null: it is)
 * @param sources                          where the thresholds come from
 */
public record Definitions(
        double hrPositiveMinPercent,
        double erLowMaxPercent,
        int adjuvantPrimaryResistanceMonths,
        int adjuvantSecondaryResistanceMonths,
        int metastaticPrimaryResistanceMonths,
        List<KarnofskyBand> karnofskyToEcog,
        int regimenWindowDays,
        int monitoringHorizonDays,
        List<RankingRule> rankingRules,
        Rechallenge rechallenge,
        List<String> sources) {

    public Definitions {
        karnofskyToEcog = List.copyOf(karnofskyToEcog);
        rankingRules = List.copyOf(rankingRules);
        sources = List.copyOf(sources);
    }

    /**
     * Within a category, when `when` holds for the patient (null = always), options that match
     * come first: options with one of preferModalities, or (biomarkerMatched) options whose
     * eligibility rests on a detected biomarker.
     */
    public record RankingRule(String id, Criterion when, List<String> preferModalities, boolean biomarkerMatched,
                              String basis, List<String> sources) {
        public RankingRule {
            preferModalities = List.copyOf(preferModalities);
            sources = List.copyOf(sources);
        }
    }

    /** Karnofsky scores from minKarnofsky up correspond to this ECOG grade. */
    public record KarnofskyBand(int minKarnofsky, int ecog) {
    }

    /** The basis for not offering again a regimen whose every drug the disease progressed on. */
    public record Rechallenge(String basis, List<String> sources) {
        public Rechallenge {
            sources = List.copyOf(sources);
        }
    }

    public int ecogFromKarnofsky(int karnofsky) {
        return karnofskyToEcog.stream()
                .filter(b -> karnofsky >= b.minKarnofsky())
                .mapToInt(KarnofskyBand::ecog)
                .min()
                .orElse(4);
    }
}
