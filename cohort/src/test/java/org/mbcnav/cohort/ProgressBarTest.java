package org.mbcnav.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void showsShareRateAndEta() {
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 1000, () -> now[0]);
        now[0] = 2_000_000_000L;
        String line = bar.line(250, now[0]);
        assertThat(line).contains("25%").contains("250/1,000").contains("125/s").contains("ETA 00:06");
    }
}
