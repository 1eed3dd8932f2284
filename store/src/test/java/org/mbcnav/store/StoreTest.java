package org.mbcnav.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every store on H2 and on PostgreSQL: the same assertions, the same migrations. */
class StoreTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    /** A clock the tests move by hand. */
    static final class Hand extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }
    }

    private static Database open(String kind, Clock clock) {
        return Database.open(TestDatabases.fresh(kind).url(), null, null, clock);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentWritesOfOnePatientEachGetAVersion(String kind) throws Exception {
        try (Database db = open(kind, Clock.systemUTC())) {
            PatientStore patients = new PatientStore(db);
            int threads = 4;
            int each = 15;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                // Unconditional writes of one id, the first of them racing to create it.
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        patients.save("race", "{\"w\":" + writer + ",\"i\":" + i + "}", "json", "w" + writer, null);
                    }
                    return each;
                }));
            }
            for (var f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(patients.get("race").orElseThrow().version()).isEqualTo(threads * each);
            assertThat(patients.versions("race")).hasSize(threads * each);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void patientsAreVersionedSearchedAndSoftDeleted(String kind) {
        Hand clock = new Hand();
        try (Database db = open(kind, clock)) {
            assertThat(db.kind()).isEqualTo(kind);
            PatientStore patients = new PatientStore(db);
            StoredPatient v1 = patients.save("p-1", "{\"id\":\"p-1\",\"note\":\"first\"}", "json", "alice", 0);
            assertThat(v1.version()).isEqualTo(1);
            assertThatThrownBy(() -> patients.save("p-1", "{}", "json", "alice", 0)).isInstanceOf(Conflict.class)
                    .hasMessageContaining("already exists");
            clock.advance(Duration.ofMinutes(1));
            StoredPatient v2 = patients.save("p-1", "{\"id\":\"p-1\",\"note\":\"second\"}", "json", "bob", 1);
            assertThat(v2.version()).isEqualTo(2);
            assertThatThrownBy(() -> patients.save("p-1", "{}", "json", "bob", 1)).isInstanceOf(Conflict.class)
                    .hasMessageContaining("version 2");
            patients.save("q_2", "{\"id\":\"q_2\",\"note\":\"other 100%\"}", "yaml", "alice", null);

            assertThat(patients.get("p-1").orElseThrow().document()).contains("second");
            assertThat(patients.versions("p-1")).extracting(StoredPatient::changeKind).containsExactly("create", "update");
            assertThat(patients.versions("p-1").get(0).document()).contains("first");
            assertThat(patients.search(null, 10, 0)).extracting(StoredPatient::id).containsExactly("p-1", "q_2");
            assertThat(patients.search("SECOND", 10, 0)).extracting(StoredPatient::id).containsExactly("p-1");
            assertThat(patients.search("100%", 10, 0)).extracting(StoredPatient::id).containsExactly("q_2");
            assertThat(patients.search("_", 10, 0)).extracting(StoredPatient::id).containsExactly("q_2");
            assertThat(patients.search(null, 1, 1)).extracting(StoredPatient::id).containsExactly("q_2");

            PlanStore plans = new PlanStore(db);
            plans.add("plan-a", "p-1", 2, "2026-03-01", "kb-1", "alice", "{\"options\":[]}");
            assertThat(plans.get("plan-a")).isPresent();

            assertThat(patients.delete("p-1", "admin")).isTrue();
            assertThat(patients.delete("p-1", "admin")).isFalse();
            assertThat(patients.get("p-1")).isEmpty();
            assertThat(patients.versions("p-1")).isEmpty();
            assertThat(plans.get("plan-a")).isEmpty();
            assertThat(patients.search(null, 10, 0)).extracting(StoredPatient::id).containsExactly("q_2");

            clock.advance(Duration.ofDays(29));
            assertThat(patients.purgeDeleted(Duration.ofDays(30))).isZero();
            clock.advance(Duration.ofDays(2));
            assertThat(patients.purgeDeleted(Duration.ofDays(30))).isEqualTo(1);
            assertThat(patients.exists("p-1")).isFalse();
            assertThat(plans.history("p-1")).isEmpty();
            assertThat(patients.save("p-1", "{}", "json", "alice", 0).version()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tokensAreStoredHashedAndCanBeRevoked(String kind) throws Exception {
        try (Database db = open(kind, Clock.systemUTC())) {
            TokenStore tokens = new TokenStore(db);
            assertThat(tokens.any()).isFalse();
            TokenStore.Issued issued = tokens.issue("patient", "p-1", "portal");
            assertThat(tokens.any()).isTrue();
            assertThat(tokens.find(issued.token())).get().extracting(ApiToken::patientId).isEqualTo("p-1");
            assertThat(tokens.find(issued.token() + "x")).isEmpty();
            String stored = db.read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT token_hash FROM api_tokens")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(stored).hasSize(64).isNotEqualTo(issued.token()).doesNotContain(issued.token().substring(7));
            assertThat(tokens.revoke(issued.record().id())).isTrue();
            assertThat(tokens.find(issued.token())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void auditChainIsLinearUnderConcurrencyAndShowsTampering(String kind) throws Exception {
        try (Database db = open(kind, Clock.systemUTC()); AuditLog log = new AuditLog(db)) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Long>> seqs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String patient = "p-" + (i % 7);
                seqs.add(pool.submit(() -> log.append(new AuditEvent("alice", "clinician", "patient.read", patient,
                        "127.0.0.1", "ok", null))));
            }
            List<Long> got = new ArrayList<>();
            for (Future<Long> f : seqs) {
                got.add(f.get());
            }
            pool.shutdown();
            assertThat(got).doesNotHaveDuplicates().hasSize(400);
            assertThat(log.verify()).extracting(AuditLog.Verification::intact, AuditLog.Verification::records)
                    .containsExactly(true, 400L);
            assertThat(log.query(new AuditQuery("p-3", null, null, null, null, 0, 1000))).hasSize(57)
                    .allMatch(r -> r.event().patientId().equals("p-3"));
            assertThat(log.query(new AuditQuery(null, null, null, null, null, 390, 1000)))
                    .extracting(AuditRecord::seq).startsWith(391L).hasSize(10);

            db.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE audit_log SET actor='mallory' WHERE seq=123")) {
                    return s.executeUpdate();
                }
            });
            AuditLog.Verification broken = log.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.brokenAt()).isEqualTo(123L);
        }
    }

    /** Found by fuzzing the API: a 136-character patient id in a page path made the audit write, and the request, fail. */
    @ParameterizedTest
    @MethodSource("kinds")
    void overlongAuditValuesAreCutAndSaySo(String kind) {
        try (Database db = open(kind, Clock.systemUTC()); AuditLog log = new AuditLog(db)) {
            String id = "p".repeat(300);
            log.append(new AuditEvent("a", "clinician", "web.patient.read", id, "::1", "not-found", "d".repeat(900)));
            AuditRecord r = log.query(new AuditQuery(null, null, null, null, null, 0, 10)).get(0);
            assertThat(r.event().patientId()).hasSize(128).startsWith("ppp").endsWith("...(300 chars)");
            assertThat(r.event().detail()).hasSize(500).endsWith("...(900 chars)");
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void auditChainDetectsARemovedLastRecord(String kind) {
        try (Database db = open(kind, Clock.systemUTC()); AuditLog log = new AuditLog(db)) {
            for (int i = 0; i < 3; i++) {
                log.append(new AuditEvent("a", "admin", "audit.read", null, "::1", "ok", null));
            }
            db.transaction(c -> c.createStatement().executeUpdate("DELETE FROM audit_log WHERE seq=3"));
            assertThat(log.verify().intact()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void feedbackIsIdempotentAndReplaysAreRefused(String kind) {
        try (Database db = open(kind, Clock.systemUTC())) {
            FeedbackStore feedback = new FeedbackStore(db);
            Feedback f = new Feedback("svc", "card-1", "overridden", "2020-12-11T00:00:00Z", "sys", "code", "why", null,
                    "ehr", Instant.now());
            assertThat(feedback.record(List.of(f))).isEqualTo(1);
            assertThat(feedback.record(List.of(f))).isZero();
            assertThat(feedback.all()).hasSize(1).first().extracting(Feedback::reasonCode).isEqualTo("code");

            ReplayGuard guard = new ReplayGuard(db);
            assertThat(guard.firstUse("https://ehr", "jti-0", 1)).as("expired rows are purged").isTrue();
            long exp = System.currentTimeMillis() + 60_000;
            assertThat(guard.firstUse("https://ehr", "jti-1", exp)).isTrue();
            assertThat(guard.firstUse("https://ehr", "jti-1", exp)).isFalse();
            assertThat(guard.firstUse("https://other", "jti-1", exp)).isTrue();
        }
    }
}
