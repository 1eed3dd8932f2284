package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondHalfRateTest {
    /** A clock the test moves: each patient costs 4 ms in the first half and 1 ms in the second. */
    private long now;

    @Test
    void theSecondHalfIsTimedFromTheMiddleToTheEnd() {
        List<Long> passedOn = new ArrayList<>();
        Progress next = new Progress() {
            @Override
            public void update(long done) {
                passedOn.add(done);
            }

            @Override
            public void finish(long done) {
                passedOn.add(-done);
            }
        };
        SecondHalfRate rate = new SecondHalfRate(next, () -> now);
        for (long done = 1; done <= 10_000; done++) {
            now += done <= 5_000 ? 4_000_000L : 1_000_000L;
            rate.update(done);
        }
        rate.finish(10_000);
        // 5,000 patients in 5 s from the middle on; the whole run's rate would be 10,000 / 25 s.
        assertThat(rate.rate()).isCloseTo(1_000.0, within(1e-6));
        assertThat(passedOn).hasSize(10_001).endsWith(-10_000L);
    }

    @Test
    void aRunOfFewerThanTwoStepsHasNoSecondHalfRate() {
        SecondHalfRate rate = new SecondHalfRate(Progress.NONE, () -> now++);
        for (long done = 1; done <= 1_500; done++) {
            rate.update(done);
        }
        rate.finish(1_500);
        assertThat(rate.rate()).isNaN();
        SecondHalfRate unfinished = new SecondHalfRate(Progress.NONE, () -> now++);
        assertThat(unfinished.rate()).isNaN();
    }
}
