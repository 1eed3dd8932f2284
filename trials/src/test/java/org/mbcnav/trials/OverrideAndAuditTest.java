package org.mbcnav.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mbcnav.io.InputException;
import org.mbcnav.model.knowledge.Criterion;
import org.mbcnav.trials.audit.AuditRow;
import org.mbcnav.trials.audit.TrialAudit;
import org.mbcnav.trials.parse.EligibilityParser;
import org.mbcnav.trials.parse.OverrideApplier;
import org.mbcnav.trials.parse.TrialOverride;
import org.mbcnav.trials.read.LexiconLoader;
import org.mbcnav.trials.read.OverrideLoader;

class OverrideAndAuditTest {

    @Test
    void theShippedOverrideReplacesWhatTheParserMisread() {
        // VERITAC-2 "<=1 additional endocrine therapy (in addition to the CDK4/6 inhibitor + endocrine therapy line)".
        ParsedTrial t = Fixtures.trial("NCT05654623");
        assertThat(t.criteria()).anySatisfy(c -> {
            assertThat(c.requirement()).isEqualTo(new Criterion.PriorLines("endocrine-therapy", null, 2));
            assertThat(c.origin()).isEqualTo("override");
            assertThat(c.note()).contains("reviewed 2026-11-28");
        });
        assertThat(t.criteria()).extracting(TrialCriterion::requirement).doesNotContain(new Criterion.PriorLines("endocrine-therapy", null, 1));
    }

    @Test
    void anOverrideThatNoLongerFitsIsListedToCheckByHand() throws Exception {
        Trial trial = Fixtures.trial("NCT05654623").trial();
        EligibilityParser parser = parser();
        TrialOverride stale = new TrialOverride("NCT05654623", "a sentence the record no longer has", "remove", List.of(), "n",
                LocalDate.of(2026, 1, 1), null, "overrides.yaml:3");
        ParsedTrial t = OverrideApplier.apply(parser.read(trial), List.of(stale)).assemble();
        assertThat(t.checkByHand()).anySatisfy(c -> assertThat(c.reason()).contains("not applied"));
        assertThat(t.overridden()).isZero();
    }

    @Test
    void aRemoveWithoutCriteriaSettlesTheSentence() throws Exception {
        Trial trial = Fixtures.trial("NCT06760637").trial();
        EligibilityParser parser = parser();
        TrialOverride remove = new TrialOverride("NCT06760637", "Current or past history of central nervous system", "remove", List.of(), "test",
                LocalDate.of(2026, 1, 1), null, "overrides.yaml:9");
        ParsedTrial before = parser.read(trial).assemble();
        ParsedTrial after = OverrideApplier.apply(parser.read(trial), List.of(remove)).assemble();
        assertThat(after.criteria()).hasSize(before.criteria().size() - 1);
        assertThat(after.overridden()).isEqualTo(1);
    }

    private static EligibilityParser parser() throws InputException {
        return new EligibilityParser(new LexiconLoader().load(Fixtures.KB.resolve("trials/lexicon.yaml"), Fixtures.KNOWLEDGE),
                Fixtures.KNOWLEDGE.classes().keySet());
    }

    @Test
    void badOverridesAreReportedWithTheirPosition(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("overrides.yaml");
        Files.writeString(f, """
                overrides:
                  - nctId: NCT123
                    sentence: x
                    action: rewrite
                    criteria:
                      - priorClass: {class: no-such-class}
                """);
        assertThatThrownBy(() -> new OverrideLoader().load(f, Fixtures.KNOWLEDGE))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(p -> p.line() + " " + p.message())
                        .anySatisfy(m -> assertThat(m).startsWith("2 ").contains("not an NCT id"))
                        .anySatisfy(m -> assertThat(m).contains("'rewrite' is not one of"))
                        .anySatisfy(m -> assertThat(m).contains("unknown drug class 'no-such-class'"))
                        .anySatisfy(m -> assertThat(m).contains("'note' is required")));
    }

    @Test
    void auditCountsMatchTheParsedTrials() {
        List<AuditRow> rows = TrialAudit.rows(Fixtures.SNAPSHOT);
        assertThat(rows).hasSize(24);
        AuditRow total = TrialAudit.total(rows);
        assertThat(total.overridden()).isEqualTo(10);
        assertThat(total.sentences()).isEqualTo(236);
        for (ParsedTrial t : Fixtures.SNAPSHOT.trials()) {
            AuditRow r = rows.stream().filter(x -> x.nctId().equals(t.trial().nctId())).findFirst().orElseThrow();
            assertThat(r.parsed() + r.fromOverride()).as(r.nctId()).isEqualTo(t.criteria().size());
            assertThat(r.checkByHand()).as(r.nctId()).isEqualTo(t.checkByHand().size());
        }
        // SERENA-6: one override replaced the "Currently on ..." sentence with three criteria.
        AuditRow serena = rows.stream().filter(x -> x.nctId().equals("NCT04964934")).findFirst().orElseThrow();
        assertThat(serena.overridden()).isEqualTo(1);
        assertThat(serena.fromOverride()).isEqualTo(3);
    }
}
