package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.knowledge.Definitions;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Her2Result;
import org.mbcnav.model.patient.Her2Status;
import org.mbcnav.model.patient.IshResult;
import org.mbcnav.model.patient.ReceptorStatus;
import org.mbcnav.model.plan.Derivation;

/**
 * Hormone-receptor status, ER-low and the HER2 category (ASCO/CAP), from the biopsy to act on.
 * The most recent biopsy with a result is acted on (a metastatic biopsy reflects the disease
 * being treated, ESMO); disagreement with earlier biopsies is flagged, never hidden.
 */
final class ReceptorDerivation {
    static final Set<String> ALL_HER2 = Set.of("positive", "low", "ultralow", "zero");
    static final Set<String> BOTH_HR = Set.of("positive", "negative");
    private static final List<String> SOURCES = List.of("asco-cap-2020-er-pr", "asco-cap-2023-her2");

    record Result(Set<String> hormoneReceptor, Boolean erLow, Set<String> her2, LocalDate biopsyDate) {
    }

    private final Definitions defs;
    private final Explanations x;

    ReceptorDerivation(Definitions defs, Explanations x) {
        this.defs = defs;
        this.x = x;
    }

    Result derive(List<Biopsy> biopsies) {
        List<Biopsy> dated = new ArrayList<>(biopsies);
        // Newest first; an undated biopsy is treated as the oldest.
        dated.sort(Comparator.comparing(Biopsy::date, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());

        Biopsy hrBiopsy = dated.stream().filter(b -> hr(b) != null).findFirst().orElse(null);
        Set<String> hormone = hrBiopsy == null ? BOTH_HR : Set.of(hr(hrBiopsy));
        Boolean erLow = hrBiopsy == null ? null : erLow(hrBiopsy);
        if (hrBiopsy == null) {
            x.derivation(() -> new Derivation("hormoneReceptor", "unknown", "no ER or PR result is recorded", SOURCES));
        } else {
            x.derivation(() -> new Derivation("hormoneReceptor", hr(hrBiopsy), "biopsy of " + hrBiopsy.date() + ": "
                    + describeHr(hrBiopsy) + " (positive when ER or PR >= " + fmt(defs.hrPositiveMinPercent()) + " %)",
                    SOURCES));
            if (Boolean.TRUE.equals(erLow)) {
                x.flag(() -> "ER-low (ER " + fmt(defs.hrPositiveMinPercent()) + "-" + fmt(defs.erLowMaxPercent())
                        + " %): may behave like triple-negative disease; see docs/clinical-interpretations.md");
            }
            for (Biopsy b : dated) {
                if (b != hrBiopsy && hr(b) != null && !hr(b).equals(hr(hrBiopsy))) {
                    x.flag(() -> "receptor discordance: hormone receptor " + hr(b) + " on the biopsy of " + b.date()
                            + ", " + hr(hrBiopsy) + " on the biopsy of " + hrBiopsy.date() + " (acting on the latest)");
                }
            }
        }

        Biopsy her2Biopsy = dated.stream().filter(b -> b.her2() != null && her2(b.her2()).size() < ALL_HER2.size())
                .findFirst().orElse(null);
        Set<String> her2 = her2Biopsy == null ? ALL_HER2 : her2(her2Biopsy.her2());
        if (her2Biopsy == null) {
            x.derivation(() -> new Derivation("her2", "unknown", "no HER2 result is recorded", SOURCES));
        } else {
            x.derivation(() -> new Derivation("her2", String.join(" or ", new java.util.TreeSet<>(her2)),
                    "biopsy of " + her2Biopsy.date() + ": " + describeHer2(her2Biopsy.her2()), SOURCES));
            for (Biopsy b : dated) {
                if (b != her2Biopsy && b.her2() != null) {
                    Set<String> other = her2(b.her2());
                    if (other.size() == 1 && her2.size() == 1 && !other.equals(her2)) {
                        x.flag(() -> "HER2 discordance: " + other.iterator().next() + " on the biopsy of " + b.date()
                                + ", " + her2.iterator().next() + " on the biopsy of " + her2Biopsy.date()
                                + " (acting on the latest)");
                    }
                }
            }
        }
        LocalDate date = hrBiopsy != null ? hrBiopsy.date() : her2Biopsy != null ? her2Biopsy.date() : null;
        return new Result(hormone, erLow, her2, date);
    }

    private String hr(Biopsy b) {
        Boolean er = positive(b.erPercent(), b.erStatus());
        Boolean pr = positive(b.prPercent(), b.prStatus());
        if (Boolean.TRUE.equals(er) || Boolean.TRUE.equals(pr)) {
            return "positive";
        }
        if (Boolean.FALSE.equals(er) && Boolean.FALSE.equals(pr)) {
            return "negative";
        }
        return null;
    }

    private Boolean positive(Double percent, ReceptorStatus status) {
        if (percent != null) {
            return percent >= defs.hrPositiveMinPercent();
        }
        if (status != null) {
            return status != ReceptorStatus.NEGATIVE;
        }
        return null;
    }

    private Boolean erLow(Biopsy b) {
        if (b.erPercent() != null) {
            boolean low = b.erPercent() >= defs.hrPositiveMinPercent() && b.erPercent() <= defs.erLowMaxPercent();
            return low && !Boolean.TRUE.equals(positive(b.prPercent(), b.prStatus()));
        }
        if (b.erStatus() == ReceptorStatus.LOW) {
            return true;
        }
        return b.erStatus() == null ? null : false;
    }

    /** ASCO/CAP 2018/2023 categories; the set holds every category the result still allows. */
    static Set<String> her2(Her2Result r) {
        if (r.ish() == IshResult.AMPLIFIED || "3+".equals(r.ihc())) {
            return Set.of("positive");
        }
        if (r.ihc() == null) {
            if (r.ish() == IshResult.NOT_AMPLIFIED || r.status() == Her2Status.NEGATIVE) {
                return Set.of("low", "ultralow", "zero");
            }
            return r.status() == Her2Status.POSITIVE ? Set.of("positive") : ALL_HER2;
        }
        return switch (r.ihc()) {
            case "2+" -> r.ish() == IshResult.NOT_AMPLIFIED ? Set.of("low") : Set.of("positive", "low");
            case "1+" -> Set.of("low");
            case "0" -> r.membraneStaining() == null ? Set.of("ultralow", "zero")
                    : r.membraneStaining() ? Set.of("ultralow") : Set.of("zero");
            default -> ALL_HER2;
        };
    }

    private static String describeHr(Biopsy b) {
        return "ER " + (b.erPercent() != null ? fmt(b.erPercent()) + " %" : b.erStatus() != null ? b.erStatus().code() : "not recorded")
                + ", PR " + (b.prPercent() != null ? fmt(b.prPercent()) + " %" : b.prStatus() != null ? b.prStatus().code() : "not recorded");
    }

    private static String describeHer2(Her2Result r) {
        if (r.ihc() == null && r.ish() == null && r.status() != null) {
            return "HER2 " + r.status().code() + " without an IHC score (low, ultralow and zero cannot be told apart)";
        }
        StringBuilder s = new StringBuilder("HER2 IHC ").append(r.ihc() == null ? "not recorded" : r.ihc());
        if ("0".equals(r.ihc())) {
            s.append(r.membraneStaining() == null ? " (membrane staining not reported: zero or ultralow)"
                    : r.membraneStaining() ? " with membrane staining (ultralow)" : " without membrane staining");
        }
        if (r.ish() != null) {
            s.append(", ISH ").append(r.ish().code());
        } else if ("2+".equals(r.ihc())) {
            s.append(", ISH not recorded (equivocal: positive or low)");
        }
        return s.toString();
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
