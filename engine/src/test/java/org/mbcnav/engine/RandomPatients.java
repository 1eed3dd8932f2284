package org.mbcnav.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.mbcnav.model.patient.Biomarkers;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.Condition;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.Health;
import org.mbcnav.model.patient.Her2Result;
import org.mbcnav.model.patient.IshResult;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.MsiResult;
import org.mbcnav.model.patient.MsiStatus;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.PdL1Result;
import org.mbcnav.model.patient.Person;
import org.mbcnav.model.patient.Preferences;
import org.mbcnav.model.patient.Sex;
import org.mbcnav.model.patient.SiteStatus;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TmbResult;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.VariantOrigin;
import org.mbcnav.model.patient.VariantResult;

/**
 * Random but well-formed patients across every subtype, line and biomarker state, with facts
 * often missing, for the property tests. Dates are distinct so that "latest" is never a tie.
 */
final class RandomPatients {
    private static final List<List<String>> METASTATIC_REGIMENS = List.of(
            List.of("letrozole", "palbociclib"), List.of("fulvestrant", "abemaciclib"), List.of("fulvestrant"),
            List.of("capecitabine"), List.of("paclitaxel"), List.of("eribulin"), List.of("trastuzumab", "pertuzumab", "docetaxel"),
            List.of("trastuzumab deruxtecan"), List.of("olaparib"), List.of("pembrolizumab", "paclitaxel"),
            List.of("sacituzumab govitecan"), List.of("everolimus", "exemestane"), List.of("tucatinib", "trastuzumab", "capecitabine"));
    private static final List<String> GENES = List.of("ESR1", "PIK3CA", "AKT1", "PTEN", "BRCA1", "BRCA2", "PALB2", "NTRK3",
            "BRAF", "RET");

    private RandomPatients() {
    }

    static Arbitrary<Patient> patients() {
        return Combinators.combine(person(), biopsies(), genomics(), biomarkers(), disease(), treatments(), health(),
                preferences()).as((person, biopsies, genomics, biomarkers, disease, treatments, health, prefs) ->
                new Patient("random", person, new org.mbcnav.model.patient.Tumor("ductal", biopsies), genomics, biomarkers,
                        disease, treatments, List.of(), List.of(), health, prefs));
    }

    private static Arbitrary<Person> person() {
        return Combinators.combine(Arbitraries.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE),
                Arbitraries.integers().between(1940, 1990), Arbitraries.of(MenopausalStatus.values()).injectNull(0.3),
                Arbitraries.integers().between(0, 4).injectNull(0.2), Arbitraries.of(true, false).injectNull(0.5),
                Arbitraries.of(false, true).injectNull(0.6))
                .as((sex, year, meno, ecog, ofs, pregnant) -> new Person(sex, LocalDate.of(year, 3, 1),
                        sex == Sex.MALE ? null : meno, sex == Sex.MALE ? null : ofs, ecog, null,
                        sex == Sex.MALE ? null : pregnant));
    }

    private static Arbitrary<List<Biopsy>> biopsies() {
        Arbitrary<Biopsy> biopsy = Combinators.combine(Arbitraries.of(0.0, 0.5, 1.0, 5.0, 10.0, 11.0, 60.0, 95.0).injectNull(0.1),
                Arbitraries.of(0.0, 5.0, 50.0).injectNull(0.2), Arbitraries.of("0", "1+", "2+", "3+").injectNull(0.1),
                Arbitraries.of(true, false).injectNull(0.5), Arbitraries.of(IshResult.values()).injectNull(0.6),
                Arbitraries.integers().between(0, 3000))
                .as((er, pr, ihc, staining, ish, day) -> new Biopsy(LocalDate.of(2015, 1, 1).plusDays(day), "breast", null,
                        er, null, pr, null, new Her2Result(ihc, "0".equals(ihc) ? staining : null, ish, null), 2, null));
        return biopsy.list().ofMinSize(1).ofMaxSize(2).uniqueElements(Biopsy::date);
    }

    private static Arbitrary<List<GenomicResult>> genomics() {
        Arbitrary<GenomicResult> g = Combinators.combine(Arbitraries.of(GENES), Arbitraries.of(VariantResult.values()),
                Arbitraries.of(VariantOrigin.values()), Arbitraries.of(SpecimenType.TISSUE, SpecimenType.CTDNA, SpecimenType.BLOOD),
                Arbitraries.integers().between(0, 3900))
                .as((gene, result, origin, specimen, day) -> new GenomicResult(gene,
                        gene.startsWith("NTRK") || gene.equals("RET") ? org.mbcnav.model.patient.AlterationType.FUSION
                                : org.mbcnav.model.patient.AlterationType.MUTATION,
                        gene.equals("BRAF") ? "V600E" : null, null, result, origin, specimen, LocalDate.of(2016, 1, 1).plusDays(day),
                        null, null));
        return g.list().ofMaxSize(6).uniqueElements(GenomicResult::date);
    }

    private static Arbitrary<Biomarkers> biomarkers() {
        Arbitrary<List<PdL1Result>> pdl1 = Combinators.combine(Arbitraries.of("22C3", "SP142"), Arbitraries.of(0.0, 5.0, 9.0, 10.0, 30.0))
                .as((assay, v) -> new PdL1Result(assay, assay.equals("22C3") ? v : null, assay.equals("SP142") ? v : null,
                        LocalDate.of(2024, 2, 1))).list().ofMaxSize(1);
        Arbitrary<List<MsiResult>> msi = Arbitraries.of(MsiStatus.values()).map(s -> new MsiResult(s, LocalDate.of(2024, 2, 2), null))
                .list().ofMaxSize(1);
        Arbitrary<List<TmbResult>> tmb = Arbitraries.of(2.0, 9.9, 10.0, 25.0).map(v -> new TmbResult(v, LocalDate.of(2024, 2, 3), null))
                .list().ofMaxSize(1);
        return Combinators.combine(pdl1, msi, tmb).as(Biomarkers::new);
    }

    private static Arbitrary<Disease> disease() {
        Arbitrary<List<MetastaticSite>> sites = Combinators.combine(Arbitraries.of(MetastaticSiteType.values()),
                        Arbitraries.of(SiteStatus.values()).injectNull(0.3))
                .as((site, status) -> new MetastaticSite(site, LocalDate.of(2020, 6, 1), site == MetastaticSiteType.BRAIN ? status : null, null))
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(MetastaticSite::site);
        return Combinators.combine(Arbitraries.of(true, false), sites, Arbitraries.of(true, false).injectNull(0.4),
                        Arbitraries.of(true, false).injectNull(0.4))
                .as((deNovo, s, crisis, measurable) -> new Disease(LocalDate.of(2016, 1, 1), deNovo, LocalDate.of(2020, 6, 1), s,
                        crisis, List.of(), measurable));
    }

    private static Arbitrary<List<TreatmentCourse>> treatments() {
        return Combinators.combine(Arbitraries.of(METASTATIC_REGIMENS).list().ofMaxSize(4),
                        Arbitraries.of(StopReason.values()).list().ofSize(4), Arbitraries.of(true, false))
                .as((regimens, reasons, adjuvant) -> {
                    List<TreatmentCourse> out = new ArrayList<>();
                    if (adjuvant) {
                        out.add(new TreatmentCourse(List.of("anastrozole"), TherapySetting.ADJUVANT, LocalDate.of(2016, 6, 1),
                                LocalDate.of(2019, 6, 1), StopReason.COMPLETED, null, null));
                    }
                    LocalDate start = LocalDate.of(2020, 7, 1);
                    for (int i = 0; i < regimens.size(); i++) {
                        boolean last = i == regimens.size() - 1;
                        LocalDate end = last && reasons.get(i) == StopReason.OTHER ? null : start.plusDays(120);
                        out.add(new TreatmentCourse(regimens.get(i), TherapySetting.METASTATIC, start, end,
                                end == null ? null : reasons.get(i), null, null));
                        start = start.plusDays(150);
                    }
                    return out;
                });
    }

    private static Arbitrary<Health> health() {
        Arbitrary<List<Comorbidity>> comorbidities = Combinators.combine(Arbitraries.of(Condition.values()),
                Arbitraries.integers().between(1, 4).injectNull(0.4)).as((c, g) -> new Comorbidity(c, g, true, null, null))
                .list().ofMaxSize(3).uniqueElements(Comorbidity::condition).injectNull(0.3);
        Arbitrary<List<LabResult>> labs = Combinators.combine(Arbitraries.of(LabTest.values()),
                        Arbitraries.doubles().between(0, 600).ofScale(1))
                .as((t, v) -> new LabResult(t, v, LocalDate.of(2026, 9, 1), null)).list().ofMaxSize(5).uniqueElements(LabResult::test);
        Arbitrary<List<String>> meds = Arbitraries.of("paroxetine", "sertraline", "ketoconazole", "metformin", "ondansetron", "warfarin")
                .list().ofMaxSize(3).uniqueElements().injectNull(0.3);
        return Combinators.combine(comorbidities, labs, meds).as((c, l, m) -> new Health(c, l, m, null));
    }

    private static Arbitrary<Preferences> preferences() {
        return Combinators.combine(Arbitraries.of(true, false).injectNull(0.5), Arbitraries.of(true, false).injectNull(0.5),
                Arbitraries.of(true, false).injectNull(0.5)).as((a, b, c) -> new Preferences(a, b, c, null));
    }

    /** The same patient with facts removed whose absence means "not recorded" (never "negative"). */
    static Patient withLessKnown(Patient p) {
        Person q = p.person();
        Person person = new Person(q.sex(), q.birthDate(), null, q.ovarianSuppression(), null, null, null);
        List<Biopsy> biopsies = p.tumor().biopsies().stream().map(b -> new Biopsy(b.date(), b.site(), b.metastatic(), b.erPercent(),
                b.erStatus(), b.prPercent(), b.prStatus(), b.her2() == null ? null
                : new Her2Result(b.her2().ihc(), null, b.her2().ish(), b.her2().status()), b.grade(), b.ki67())).toList();
        Disease d = p.disease();
        Disease disease = new Disease(d.primaryDiagnosisDate(), d.deNovoStageIV(), d.metastaticDiagnosisDate(), d.sites(), null,
                d.symptoms(), null);
        return new Patient(p.id(), person, new org.mbcnav.model.patient.Tumor(p.tumor().histology(), biopsies), List.of(),
                new Biomarkers(List.of(), List.of(), List.of()), disease, p.treatments(), p.radiotherapy(), p.surgeries(),
                new Health(null, List.of(), null, null), p.preferences());
    }
}
