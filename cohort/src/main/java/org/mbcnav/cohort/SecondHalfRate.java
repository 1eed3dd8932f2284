package org.mbcnav.cohort;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The rate of the second half of a run, passed on to another {@link Progress}. A run's whole
 * rate includes its warm-up (class loading, the JIT compiling the engine's code), a fixed cost
 * that weighs less the larger the population; the second half shows the rate once that is
 * mostly paid, so that a benchmark can tell the two apart. Keeps the time of every
 * {@value #STEP}th patient (a few kilobytes for millions). Called from one thread.
 */
public final class SecondHalfRate implements Progress {
    static final int STEP = 1_000;
    private final Progress next;
    private final LongSupplier nanos;
    private long[] times = new long[64];
    private int kept;
    private long endNanos;
    private long done;

    public SecondHalfRate(Progress next, LongSupplier nanos) {
        this.next = next;
        this.nanos = nanos;
    }

    @Override
    public void update(long done) {
        if (done % STEP == 0) {
            if (kept == times.length) {
                times = Arrays.copyOf(times, kept * 2);
            }
            times[kept++] = nanos.getAsLong();
        }
        next.update(done);
    }

    @Override
    public void finish(long done) {
        this.endNanos = nanos.getAsLong();
        this.done = done;
        next.finish(done);
    }

    /**
     * Patients per second from the middle of the run (the kept step at or before half the
     * patients) to its end; NaN for a run of fewer than two steps or not finished.
     */
    public double rate() {
        long half = done / 2 / STEP;
        if (done < 2L * STEP || half < 1 || half > kept) {
            return Double.NaN;
        }
        double seconds = (endNanos - times[(int) half - 1]) / 1e9;
        return seconds <= 0 ? Double.NaN : (done - half * STEP) / seconds;
    }
}
