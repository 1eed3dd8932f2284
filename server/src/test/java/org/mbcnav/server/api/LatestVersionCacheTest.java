package org.mbcnav.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LatestVersionCacheTest {
    private static final LocalDate D = LocalDate.of(2026, 6, 1);

    @Test
    void aNewerVersionReplacesTheOlderSoMemoryFollowsPatientsNotWrites() {
        LatestVersionCache<String> c = new LatestVersionCache<>(10);
        for (int v = 1; v <= 500; v++) {
            c.put("p", v, D, "plan v" + v);
        }
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.get("p", 500, D)).isEqualTo("plan v500");
        assertThat(c.get("p", 499, D)).isNull();
        // A late answer for an older version does not push out the newer one.
        c.put("p", 3, D, "plan v3");
        assertThat(c.get("p", 500, D)).isEqualTo("plan v500");
        assertThat(c.get("p", 3, D)).isNull();
    }

    @Test
    void patientsAndDatesAreBounded() {
        LatestVersionCache<String> c = new LatestVersionCache<>(3);
        for (int i = 0; i < 5; i++) {
            c.put("p" + i, 1, D, "x");
        }
        assertThat(c.get("p0", 1, D)).isNull();
        assertThat(c.get("p4", 1, D)).isEqualTo("x");
        for (int d = 0; d < 20; d++) {
            c.put("p4", 1, D.plusDays(d), "d" + d);
        }
        assertThat(c.size()).isEqualTo(2 + LatestVersionCache.DATES_PER_PATIENT);
        assertThat(c.get("p4", 1, D.plusDays(19))).isEqualTo("d19");
    }
}
