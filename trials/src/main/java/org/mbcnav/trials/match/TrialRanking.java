package org.mbcnav.trials.match;

import java.util.Comparator;
import org.mbcnav.model.plan.TrialMatch;

/**
 * The order trials are shown in: open to recruitment first; then eligible, possible,
 * ineligible; then the share of criteria met; then later phase first (phase 3 has the most
 * evidence behind its comparator); then the nearest site; then NCT id for a stable order.
 */
public final class TrialRanking {
    public static final Comparator<TrialMatch> ORDER = Comparator
            .comparing((TrialMatch m) -> RecruitmentStatus.open(m.status()) ? 0 : 1)
            .thenComparing(m -> switch (m.match()) {
                case "eligible" -> 0;
                case "possible" -> 1;
                default -> 2;
            })
            .thenComparing(TrialRanking::fit, Comparator.reverseOrder())
            .thenComparing(TrialRanking::phase, Comparator.reverseOrder())
            .thenComparing(m -> m.nearestSiteKm() == null ? Double.MAX_VALUE : m.nearestSiteKm())
            .thenComparing(TrialMatch::nctId);

    private TrialRanking() {
    }

    /** Share of the structured criteria that are met (0 when there are none). */
    static double fit(TrialMatch m) {
        int all = m.met().size() + m.unmet().size() + m.unknown().size();
        return all == 0 ? 0 : (double) m.met().size() / all;
    }

    /** The highest phase number in "PHASE1/PHASE2" (EARLY_PHASE1 counts as 0, NA as -1). */
    static int phase(TrialMatch m) {
        int best = -1;
        for (String p : m.phase().split("/")) {
            // The registry's own values are PHASE1..PHASE4; anything else in a record ranks as no phase.
            if (p.matches("PHASE\\d")) {
                best = Math.max(best, Integer.parseInt(p.substring(5)));
            } else if (p.equals("EARLY_PHASE1")) {
                best = Math.max(best, 0);
            }
        }
        return best;
    }

    public static boolean open(TrialMatch m) {
        return RecruitmentStatus.open(m.status());
    }
}
