package org.mbcnav.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Courses on H2 and on PostgreSQL: append-only events, conditional appends, re-plans in the plan history, purge. */
class CourseStoreTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static Database open(String kind, Clock clock) {
        return Database.open(TestDatabases.fresh(kind).url(), null, null, clock);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eventsAreAppendedInOrderAndStaleAppendsConflict(String kind) {
        StoreTest.Hand clock = new StoreTest.Hand();
        try (Database db = open(kind, clock)) {
            PatientStore patients = new PatientStore(db);
            CourseStore courses = new CourseStore(db);
            patients.save("p-1", "{\"id\":\"p-1\"}", "json", "alice", 0);
            patients.save("p-1", "{\"id\":\"p-1\",\"v\":2}", "json", "alice", 1);
            assertThat(courses.get("p-1")).isEmpty();

            StoredCourseEvent first = courses.append("p-1", 2, "scan", "2026-01-05", "{\"type\":\"scan\"}", "alice", 0);
            assertThat(first.seq()).isZero();
            assertThatThrownBy(() -> courses.append("p-1", 2, "scan", "2026-01-06", "{}", "bob", 0))
                    .isInstanceOf(Conflict.class).hasMessageContaining("version 1, not 0");
            clock.advance(Duration.ofMinutes(5));
            // A new patient version does not move the course: it stays pinned to the version it started from.
            StoredCourseEvent second = courses.append("p-1", 3, "start-treatment", "2026-01-12",
                    "{\"type\":\"start-treatment\"}", "bob", 1);
            assertThat(second.seq()).isEqualTo(1);
            courses.append("p-1", 3, "progression", "2026-06-01", "{\"type\":\"progression\"}", "bob", null);

            StoredCourse c = courses.get("p-1").orElseThrow();
            assertThat(c.version()).isEqualTo(3);
            assertThat(c.patientVersion()).isEqualTo(2);
            assertThat(c.createdBy()).isEqualTo("alice");
            assertThat(c.events()).extracting(StoredCourseEvent::type).containsExactly("scan", "start-treatment", "progression");
            assertThat(c.events()).extracting(StoredCourseEvent::date).containsExactly("2026-01-05", "2026-01-12", "2026-06-01");
            assertThat(c.events().get(1).createdAt()).isEqualTo(clock.instant());
            assertThat(c.events().get(0).document()).isEqualTo("{\"type\":\"scan\"}");
            assertThat(courses.get("p-2")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentAppendsAgainstTheSameVersionStoreOneEvent(String kind) throws Exception {
        try (Database db = open(kind, Clock.systemUTC())) {
            new PatientStore(db).save("p-1", "{}", "json", "alice", 0);
            CourseStore courses = new CourseStore(db);
            for (int round = 0; round < 5; round++) {
                int version = round;
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String who = "writer-" + i;
                    Callable<Boolean> append = () -> {
                        try {
                            courses.append("p-1", 1, "check", "2026-02-0" + (version + 1), "{}", who, version);
                            return true;
                        } catch (Conflict e) {
                            return false;
                        }
                    };
                    tries.add(pool.submit(append));
                }
                int stored = 0;
                for (Future<Boolean> f : tries) {
                    stored += f.get() ? 1 : 0;
                }
                pool.shutdown();
                assertThat(stored).as("round " + round).isEqualTo(1);
            }
            assertThat(courses.get("p-1").orElseThrow().events()).extracting(StoredCourseEvent::seq)
                    .containsExactly(0, 1, 2, 3, 4);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void replansAreInThePlanHistoryAndPurgeRemovesTheCourse(String kind) {
        StoreTest.Hand clock = new StoreTest.Hand();
        try (Database db = open(kind, clock)) {
            PatientStore patients = new PatientStore(db);
            CourseStore courses = new CourseStore(db);
            PlanStore plans = new PlanStore(db);
            patients.save("p-1", "{}", "json", "alice", 0);
            courses.append("p-1", 1, "progression", "2026-02-01", "{}", "alice", 0);
            plans.add("plan-0", "p-1", 1, "2026-01-01", "kb-1", "alice", "{}");
            clock.advance(Duration.ofSeconds(1));
            String longReason = "clinical progression; " + "x".repeat(600);
            plans.add("plan-1", "p-1", 1, "2026-02-01", "kb-1", "alice", "{}", 0, longReason);
            assertThat(plans.history("p-1")).extracting(StoredPlan::courseSeq).containsExactly(null, 0);
            StoredPlan replan = plans.get("plan-1").orElseThrow();
            assertThat(replan.reason()).startsWith("clinical progression; ").hasSize(500).endsWith("...");
            assertThat(plans.get("plan-0").orElseThrow().reason()).isNull();

            assertThat(patients.delete("p-1", "admin")).isTrue();
            assertThat(courses.get("p-1")).as("a deleted patient's course is hidden").isEmpty();
            clock.advance(Duration.ofDays(31));
            assertThat(patients.purgeDeleted(Duration.ofDays(30))).isEqualTo(1);
            long left = db.read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM courses) + (SELECT COUNT(*) FROM course_events)")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(left).isZero();
            patients.save("p-1", "{}", "json", "alice", 0);
            assertThat(courses.get("p-1")).as("a purged id starts without a course").isEmpty();
        }
    }
}
