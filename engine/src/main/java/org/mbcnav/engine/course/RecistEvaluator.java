package org.mbcnav.engine.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.course.Lesion;
import org.mbcnav.model.course.LesionStatus;
import org.mbcnav.model.course.NewLesion;
import org.mbcnav.model.course.Scan;
import org.mbcnav.model.course.knowledge.RecistRules;

/**
 * RECIST 1.1 time-point responses for one treatment line: follow-up scans against the
 * baseline (for PR) and the nadir (for PD), non-target lesions, new lesions, and the overall
 * response from RECIST tables 1 and 2, each with a trace naming the section applied.
 */
public final class RecistEvaluator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final RecistRules r;

    public RecistEvaluator(RecistRules rules) {
        this.r = rules;
    }

    /** Responses of followUps (date order) against the baseline scan. */
    public List<TimePointResponse> series(Scan baselineScan, List<Scan> followUps) {
        RecistBaseline baseline = new RecistBaselineReader(r).read(baselineScan);
        List<TimePointResponse> out = new ArrayList<>();
        BigDecimal nadir = baseline.sumMm();
        Map<String, LocalDate> equivocalSeen = new HashMap<>();
        for (Scan s : followUps) {
            TimePointResponse tp = timePoint(baseline, s, nadir, equivocalSeen);
            out.add(tp);
            if (tp.sumMm() != null && tp.sumMm().compareTo(nadir) < 0) {
                nadir = tp.sumMm();
            }
            for (NewLesion n : s.newLesions()) {
                if (n.unconfirmed() && n.id() != null) {
                    equivocalSeen.putIfAbsent(n.id(), s.date());
                }
            }
        }
        return out;
    }

    private TimePointResponse timePoint(RecistBaseline b, Scan s, BigDecimal nadir, Map<String, LocalDate> equivocalSeen) {
        List<String> trace = new ArrayList<>();
        Map<String, Lesion> now = new HashMap<>();
        s.lesions().forEach(l -> now.put(l.id(), l));

        // Targets (§4.3.1): nodes by short axis, too small = default mm, gone = 0.
        BigDecimal known = BigDecimal.ZERO;
        int missing = 0;
        boolean allNonNodalGone = true;
        boolean allNodesNormal = true;
        List<String> parts = new ArrayList<>();
        for (Lesion t : b.targets()) {
            Optional<BigDecimal> mm = measure(now.get(t.id()));
            if (mm.isEmpty()) {
                missing++;
                parts.add(t.id() + " not assessed");
                continue;
            }
            known = known.add(mm.get());
            parts.add(t.id() + " " + Millimetres.text(mm.get()) + describe(now.get(t.id())));
            if (t.nodalLesion()) {
                allNodesNormal &= mm.get().compareTo(Millimetres.of(r.nodeNormalBelowMm())) < 0;
            } else {
                allNonNodalGone &= mm.get().signum() == 0;
            }
        }
        TargetResponse target;
        Set<TargetResponse> possible = EnumSet.noneOf(TargetResponse.class);
        BigDecimal sum = missing == 0 ? known : null;
        if (b.targets().isEmpty()) {
            target = TargetResponse.NONE;
        } else {
            String sumText = (missing == 0 ? "sum of diameters " : "sum of the measured targets ") + Millimetres.text(known)
                    + " (" + String.join(" + ", parts) + "); baseline " + Millimetres.text(b.sumMm()) + " ("
                    + Millimetres.percentChange(known, b.sumMm()) + "), nadir before this scan " + Millimetres.text(nadir)
                    + " (" + Millimetres.percentChange(known, nadir) + ", " + signed(known.subtract(nadir)) + ")";
            trace.add(r.section("targetResponse") + ": " + sumText);
            if (isPd(known, nadir)) {
                target = TargetResponse.PD;
                possible.add(TargetResponse.PD);
                trace.add(r.section("targetResponse") + ": PD — the sum is >= " + r.pdIncreasePercent()
                        + " % and >= " + RecistBaselineReader.num(r.pdAbsoluteIncreaseMm()) + " mm above the nadir "
                        + Millimetres.text(nadir) + (missing > 0 ? "; " + missing
                        + " target(s) not assessed cannot lower the sum, so PD stands (" + r.section("missingAssessments") + ")" : ""));
            } else if (missing > 0) {
                target = TargetResponse.NOT_ALL_EVALUATED;
                possible.addAll(possibleWithMissing(known, b.sumMm(), nadir));
                trace.add(r.section("missingAssessments") + ": " + missing + " target(s) not assessed; any value from 0 mm up"
                        + " leaves the target response open among " + possible + " -> not all evaluated");
            } else if (allNonNodalGone && allNodesNormal) {
                target = TargetResponse.CR;
                trace.add(r.section("targetResponse") + ": CR — every non-nodal target is gone and every nodal target is < "
                        + RecistBaselineReader.num(r.nodeNormalBelowMm()) + " mm short axis"
                        + (known.signum() > 0 ? " (the sum is not 0 because node short axes still count)" : ""));
            } else if (isPr(known, b.sumMm())) {
                target = TargetResponse.PR;
                trace.add(r.section("targetResponse") + ": PR — a decrease of >= " + r.prDecreasePercent()
                        + " % from the baseline sum" + (!allNodesNormal || !allNonNodalGone ? "" : ""));
            } else {
                target = TargetResponse.SD;
                trace.add(r.section("targetResponse") + ": SD — less than " + r.prDecreasePercent()
                        + " % below baseline and not PD against the nadir (needs >= " + r.pdIncreasePercent() + " % and >= "
                        + RecistBaselineReader.num(r.pdAbsoluteIncreaseMm()) + " mm)");
            }
            if (possible.isEmpty()) {
                possible.add(target);
            }
        }

        NonTargetResponse nonTarget = nonTarget(b, now, s, trace);

        // New lesions (§4.3.4): unequivocal = PD, dated to the first scan that showed it equivocally.
        String newText = "none";
        LocalDate pdDate = null;
        boolean pending = false;
        for (NewLesion n : s.newLesions()) {
            if (n.unconfirmed()) {
                pending = true;
                if (!"unequivocal".equals(newText)) {
                    newText = "equivocal";
                }
            } else {
                newText = "unequivocal";
                LocalDate first = n.id() == null ? null : equivocalSeen.get(n.id());
                LocalDate d = first != null ? first : s.date();
                pdDate = pdDate == null || d.isBefore(pdDate) ? d : pdDate;
            }
        }
        if ("unequivocal".equals(newText)) {
            pending = false;
        }
        trace.add(r.section("newLesions") + ": new lesions " + newText + switch (newText) {
            case "equivocal" -> " — not progression yet; re-image, and if confirmed progression dates from this scan";
            case "unequivocal" -> " -> progression" + (pdDate != null && pdDate.isBefore(s.date())
                    ? ", dated " + pdDate + " when the lesion was first seen (equivocal then)" : "");
            default -> "";
        });

        OverallResponse overall = overall(target, nonTarget, "unequivocal".equals(newText), trace);
        if (overall == OverallResponse.PD && pdDate == null) {
            pdDate = s.date();
        }
        return new TimePointResponse(s.date(), sum, known, b.sumMm(), nadir, target, possible, nonTarget, newText,
                overall, overall == OverallResponse.PD ? pdDate : null, pending, trace);
    }

    private NonTargetResponse nonTarget(RecistBaseline b, Map<String, Lesion> now, Scan s, List<String> trace) {
        if (b.nonTargets().isEmpty()) {
            trace.add(r.section("nonTargetResponse") + ": no non-target lesions at baseline");
            return NonTargetResponse.NONE;
        }
        int progressed = 0;
        int notAssessed = 0;
        int present = 0;
        for (Lesion base : b.nonTargets()) {
            Lesion l = now.get(base.id());
            LesionStatus st = l == null ? LesionStatus.NOT_ASSESSED : l.status() == null ? LesionStatus.PRESENT : l.status();
            if (l != null && l.status() == null && base.nodalLesion() && l.mm() != null) {
                st = l.mm() < r.nodeNormalBelowMm() ? LesionStatus.ABSENT : LesionStatus.PRESENT;
            }
            switch (st) {
                case PROGRESSION -> progressed++;
                case NOT_ASSESSED -> notAssessed++;
                case ABSENT, GONE -> {
                }
                default -> present++;
            }
        }
        NonTargetResponse out;
        String why;
        if (progressed > 0) {
            out = NonTargetResponse.PD;
            why = progressed + " non-target lesion(s) with unequivocal progression";
        } else if (notAssessed > 0) {
            out = NonTargetResponse.NOT_EVALUATED;
            why = notAssessed + " non-target lesion(s) not assessed";
        } else if (present == 0 && !Boolean.FALSE.equals(s.tumourMarkersNormal())) {
            out = NonTargetResponse.CR;
            why = "every non-target lesion is gone (nodes < " + RecistBaselineReader.num(r.nodeNormalBelowMm()) + " mm)"
                    + (s.tumourMarkersNormal() == null ? "; tumour markers not recorded" : " and tumour markers are normal");
        } else {
            out = NonTargetResponse.NON_CR_NON_PD;
            why = present > 0 ? present + " non-target lesion(s) persist" : "tumour markers above normal";
        }
        trace.add(r.section("nonTargetResponse") + ": " + out + " — " + why);
        return out;
    }

    private OverallResponse overall(TargetResponse t, NonTargetResponse nt, boolean newLesion, List<String> trace) {
        OverallResponse o;
        if (newLesion || t == TargetResponse.PD || nt == NonTargetResponse.PD) {
            o = OverallResponse.PD;
        } else if (t == TargetResponse.NONE) {
            o = switch (nt) {
                case CR -> OverallResponse.CR;
                case NON_CR_NON_PD -> OverallResponse.NON_CR_NON_PD;
                default -> OverallResponse.NE;
            };
        } else {
            o = switch (t) {
                case CR -> nt == NonTargetResponse.CR || nt == NonTargetResponse.NONE ? OverallResponse.CR : OverallResponse.PR;
                case PR -> OverallResponse.PR;
                case SD -> OverallResponse.SD;
                default -> OverallResponse.NE;
            };
        }
        String table = t == TargetResponse.NONE ? "table 2 (non-target disease only)" : "table 1 (target disease)";
        trace.add(r.section("timePointResponse") + ", " + table + ": targets " + t + ", non-targets " + nt
                + ", new lesion " + (newLesion ? "yes" : "no") + " -> " + o.label());
        return o;
    }

    private boolean isPd(BigDecimal sum, BigDecimal nadir) {
        BigDecimal rise = sum.subtract(nadir);
        return rise.multiply(HUNDRED).compareTo(nadir.multiply(BigDecimal.valueOf(r.pdIncreasePercent()))) >= 0
                && rise.compareTo(Millimetres.of(r.pdAbsoluteIncreaseMm())) >= 0;
    }

    private boolean isPr(BigDecimal sum, BigDecimal baseline) {
        return baseline.subtract(sum).multiply(HUNDRED)
                .compareTo(baseline.multiply(BigDecimal.valueOf(r.prDecreasePercent()))) >= 0;
    }

    /** The target responses still possible when the missing targets can be anything from 0 mm up. */
    private Set<TargetResponse> possibleWithMissing(BigDecimal known, BigDecimal baseline, BigDecimal nadir) {
        Set<TargetResponse> out = EnumSet.of(TargetResponse.PD);
        if (isPr(known, baseline)) {
            out.add(TargetResponse.PR);
        }
        // SD is possible when some sum at or above the known part is neither PR nor PD.
        BigDecimal pdFrom = nadir.multiply(BigDecimal.valueOf(100L + r.pdIncreasePercent())).divide(HUNDRED)
                .max(nadir.add(Millimetres.of(r.pdAbsoluteIncreaseMm())));
        BigDecimal prUpTo = baseline.multiply(BigDecimal.valueOf(100L - r.prDecreasePercent())).divide(HUNDRED);
        if (known.max(prUpTo).compareTo(pdFrom) < 0) {
            out.add(TargetResponse.SD);
        }
        return out;
    }

    private Optional<BigDecimal> measure(Lesion l) {
        if (l == null || l.status() == LesionStatus.NOT_ASSESSED) {
            return Optional.empty();
        }
        if (l.status() == LesionStatus.GONE || l.status() == LesionStatus.ABSENT) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (l.status() == LesionStatus.TOO_SMALL) {
            return Optional.of(Millimetres.of(r.tooSmallToMeasureMm()));
        }
        if (!l.fragments().isEmpty()) {
            return Optional.of(l.fragments().stream().map(Millimetres::of).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return l.mm() == null ? Optional.empty() : Optional.of(Millimetres.of(l.mm()));
    }

    private String describe(Lesion l) {
        if (l.status() == LesionStatus.TOO_SMALL) {
            return " (too small to measure, counted as " + RecistBaselineReader.num(r.tooSmallToMeasureMm()) + " mm)";
        }
        if (l.status() == LesionStatus.GONE) {
            return " (gone)";
        }
        if (!l.fragments().isEmpty()) {
            return " (fragments " + l.fragments().stream().map(d -> RecistBaselineReader.num(d)).toList() + " summed)";
        }
        return "";
    }

    private static String signed(BigDecimal mm) {
        return (mm.signum() > 0 ? "+" : "") + Millimetres.text(mm);
    }
}
