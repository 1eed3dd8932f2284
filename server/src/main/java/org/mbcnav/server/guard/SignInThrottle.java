package org.mbcnav.server.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits guessing of API tokens (OWASP ASVS 2.2.1): after MAX_FAILURES unknown or revoked tokens
 * from one address within WINDOW, every sign-in and bearer call from that address is refused until
 * the oldest failure leaves the window. A success does not clear the count, so that holding one
 * valid token does not buy more guesses. Kept per server in memory: N servers allow N times the
 * guesses, which the 256-bit tokens make harmless; the point is to stop a flood, not to count exactly.
 */
public final class SignInThrottle {
    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many addresses, expired entries are swept on the next failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    /** clock: the server's clock, so that tests can move time through the window. */
    public SignInThrottle(Clock clock) {
        this(MAX_FAILURES, WINDOW, clock);
    }

    public SignInThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Seconds until the address may try again; 0 when it may try now. */
    public long retryAfterSeconds(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long now = clock.millis();
            expire(times, now);
            if (times.size() < maxFailures) {
                return 0;
            }
            long freeAt = times.peekFirst() + windowMillis;
            return Math.max(1, (freeAt - now + 999) / 1000);
        }
    }

    /** Counts one failed attempt (an unknown or revoked token) from the address. */
    public void failed(String address) {
        long now = clock.millis();
        if (failures.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= windowMillis) {
            times.removeFirst();
        }
    }

    private void sweep(long now) {
        for (Iterator<Map.Entry<String, Deque<Long>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next().getValue();
            synchronized (times) {
                expire(times, now);
                if (times.isEmpty()) {
                    it.remove();
                }
            }
        }
    }
}
