package org.mbcnav.trials.audit;

import java.util.List;
import org.mbcnav.trials.ParsedTrial;
import org.mbcnav.trials.TrialSet;

/** Per-trial counts of parsed, overridden and check-by-hand criteria, and their totals. Pure. */
public final class TrialAudit {
    private TrialAudit() {
    }

    public static List<AuditRow> rows(TrialSet set) {
        return set.trials().stream().map(TrialAudit::row).toList();
    }

    static AuditRow row(ParsedTrial t) {
        int fromOverride = (int) t.criteria().stream().filter(c -> "override".equals(c.origin())).count();
        return new AuditRow(t.trial().nctId(), t.trial().label(), t.trial().status(), t.sentences(), t.parsed(),
                t.overridden(), fromOverride, t.checkByHand().size());
    }

    public static AuditRow total(List<AuditRow> rows) {
        return new AuditRow("total", rows.size() + " trials", "", rows.stream().mapToInt(AuditRow::sentences).sum(),
                rows.stream().mapToInt(AuditRow::parsed).sum(), rows.stream().mapToInt(AuditRow::overridden).sum(),
                rows.stream().mapToInt(AuditRow::fromOverride).sum(), rows.stream().mapToInt(AuditRow::checkByHand).sum());
    }
}
