package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.course.knowledge.RecistRules;

/**
 * Best overall response over a line's time points (RECIST 1.1 §4.4.3), with confirmation of
 * CR/PR at least confirmationMinDays later when required (§4.6.1) and SD counted only when met at
 * least stableDiseaseMinDays after baseline (§4.6.3). Time points after the first PD do not count.
 */
public final class BestResponseEvaluator {
    private final RecistRules r;

    public BestResponseEvaluator(RecistRules rules) {
        this.r = rules;
    }

    public BestOverallResponse best(LocalDate baselineDate, List<TimePointResponse> all, boolean confirmationRequired) {
        List<TimePointResponse> tps = new ArrayList<>();
        for (TimePointResponse tp : all) {
            tps.add(tp);
            if (tp.overall() == OverallResponse.PD) {
                break;
            }
        }
        List<String> trace = new ArrayList<>();
        String bor = r.section("bestOverallResponse");
        LocalDate sdFrom = baselineDate.plusDays(r.stableDiseaseMinDays());
        if (tps.isEmpty()) {
            trace.add(bor + ": no follow-up scan yet");
            return new BestOverallResponse(OverallResponse.NE, false, false, null, trace);
        }
        if (!confirmationRequired) {
            for (OverallResponse want : List.of(OverallResponse.CR, OverallResponse.PR)) {
                for (TimePointResponse tp : tps) {
                    if (tp.overall() == want) {
                        trace.add(bor + ": best response " + want + " on " + tp.date() + " (confirmation not required: "
                                + r.section("confirmation") + " asks for it only where response is the primary endpoint of a"
                                + " non-randomised trial)");
                        return new BestOverallResponse(want, false, false, tp.date(), trace);
                    }
                }
            }
            return stableOrWorse(tps, sdFrom, trace, bor);
        }
        String conf = r.section("confirmation");
        for (OverallResponse want : List.of(OverallResponse.CR, OverallResponse.PR)) {
            for (int i = 0; i < tps.size(); i++) {
                if (!atLeast(tps.get(i).overall(), want)) {
                    continue;
                }
                for (int j = i + 1; j < tps.size(); j++) {
                    TimePointResponse later = tps.get(j);
                    if (!later.date().isBefore(tps.get(i).date().plusDays(r.confirmationMinDays())) && atLeast(later.overall(), want)) {
                        trace.add(conf + ": " + tps.get(i).overall() + " on " + tps.get(i).date() + " confirmed by "
                                + later.overall() + " on " + later.date() + " (>= " + r.confirmationMinDays() + " days later)");
                        trace.add(bor + ": best response confirmed " + want);
                        return new BestOverallResponse(want, true, false, tps.get(i).date(), trace);
                    }
                }
            }
        }
        // An unconfirmed CR/PR with no later scan at the confirmation interval is still pending.
        TimePointResponse last = tps.get(tps.size() - 1);
        for (int i = tps.size() - 1; i >= 0; i--) {
            TimePointResponse tp = tps.get(i);
            if (atLeast(tp.overall(), OverallResponse.PR) && last.overall() != OverallResponse.PD
                    && last.date().isBefore(tp.date().plusDays(r.confirmationMinDays()))) {
                trace.add(conf + ": " + tp.overall() + " on " + tp.date() + " is not yet confirmed; it needs a scan on or after "
                        + tp.date().plusDays(r.confirmationMinDays()));
                return new BestOverallResponse(tp.overall(), false, true, tp.date(), trace);
            }
        }
        trace.add(conf + ": no CR/PR was confirmed by a scan >= " + r.confirmationMinDays()
                + " days later; unconfirmed responses count as SD");
        return stableOrWorse(tps, sdFrom, trace, bor);
    }

    private BestOverallResponse stableOrWorse(List<TimePointResponse> tps, LocalDate sdFrom, List<String> trace, String bor) {
        String sdRule = r.section("stableDiseaseDuration");
        for (TimePointResponse tp : tps) {
            OverallResponse o = tp.overall();
            if (o != OverallResponse.PD && o != OverallResponse.NE && !tp.date().isBefore(sdFrom)) {
                OverallResponse best = o == OverallResponse.NON_CR_NON_PD ? o : OverallResponse.SD;
                trace.add(bor + ": best response " + best.label() + " — " + o.label() + " on " + tp.date() + " meets the "
                        + r.stableDiseaseMinDays() + "-day minimum after baseline (" + sdRule + ")");
                return new BestOverallResponse(best, false, false, tp.date(), trace);
            }
        }
        for (TimePointResponse tp : tps) {
            if (tp.overall() == OverallResponse.PD) {
                trace.add(bor + ": best response PD — progression on " + tp.date() + " before stable disease lasted "
                        + r.stableDiseaseMinDays() + " days (" + sdRule + ")");
                return new BestOverallResponse(OverallResponse.PD, false, false, tp.date(), trace);
            }
        }
        trace.add(bor + ": not evaluable yet — no time point meets the " + r.stableDiseaseMinDays()
                + "-day minimum for stable disease (" + sdRule + ")");
        return new BestOverallResponse(OverallResponse.NE, false, false, null, trace);
    }

    /** CR counts as at least PR for confirmation (PR then CR confirms PR). */
    private static boolean atLeast(OverallResponse o, OverallResponse want) {
        return want == OverallResponse.CR ? o == OverallResponse.CR : o == OverallResponse.CR || o == OverallResponse.PR;
    }
}
