package org.mbcnav.cohort;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with rate and ETA, redrawn at most four times a second. Meant for a
 * terminal only (the caller decides); the total is an estimate (Patient resources in the
 * export), so the bar stops at 100 % and the ETA is approximate.
 */
public final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final LongSupplier nanos;
    private final long started;
    private long lastDraw;

    public ProgressBar(PrintStream out, long totalEstimate, LongSupplier nanos) {
        this.out = out;
        this.total = totalEstimate;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    @Override
    public void update(long done) {
        long now = nanos.getAsLong();
        if (now - lastDraw < 250_000_000L) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(done, now));
        out.flush();
    }

    @Override
    public void finish(long done) {
        out.print("\r" + line(done, nanos.getAsLong()) + "\n");
        out.flush();
    }

    String line(long done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String eta = total <= 0 || rate <= 0 || done >= total ? "--:--" : clock((long) ((total - done) / rate));
        return String.format(Locale.ROOT, "[%s] %3.0f%% %,d/%,d patients  %,.0f/s  ETA %s ", bar, fraction * 100, done, total,
                rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
