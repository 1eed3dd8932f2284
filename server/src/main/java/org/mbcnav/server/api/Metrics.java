package org.mbcnav.server.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latency histograms per route, written in the Prometheus text format
 * (version 0.0.4). Labels carry route templates, never patient ids.
 */
public final class Metrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record Key(String method, String route, int status) {
    }

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length];
        final LongAdder total = new LongAdder();
        final LongAdder sumNanos = new LongAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }
    }

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cards = new ConcurrentHashMap<>();

    public void request(String method, String route, int status, long nanos) {
        requests.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
        Histogram h = latency.computeIfAbsent(route, r -> new Histogram());
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                h.counts[i].increment();
            }
        }
        h.total.increment();
        h.sumNanos.add(nanos);
    }

    public void card(String service, String indicator) {
        cards.computeIfAbsent(service + "\u0000" + indicator, k -> new LongAdder()).increment();
    }

    public String render(boolean databaseUp) {
        StringBuilder b = new StringBuilder();
        b.append("# HELP mbcnav_up Whether the database answers (1) or not (0).\n# TYPE mbcnav_up gauge\n");
        b.append("mbcnav_up ").append(databaseUp ? 1 : 0).append('\n');
        b.append("# HELP mbcnav_http_requests_total HTTP requests by route template and status.\n");
        b.append("# TYPE mbcnav_http_requests_total counter\n");
        requests.forEach((k, v) -> b.append("mbcnav_http_requests_total{method=\"").append(k.method())
                .append("\",route=\"").append(escape(k.route())).append("\",status=\"").append(k.status())
                .append("\"} ").append(v.sum()).append('\n'));
        b.append("# HELP mbcnav_http_request_duration_seconds Time to answer, by route template.\n");
        b.append("# TYPE mbcnav_http_request_duration_seconds histogram\n");
        latency.forEach((route, h) -> {
            String r = escape(route);
            for (int i = 0; i < BUCKETS.length; i++) {
                b.append("mbcnav_http_request_duration_seconds_bucket{route=\"").append(r).append("\",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(h.counts[i].sum()).append('\n');
            }
            b.append("mbcnav_http_request_duration_seconds_bucket{route=\"").append(r).append("\",le=\"+Inf\"} ")
                    .append(h.total.sum()).append('\n');
            b.append("mbcnav_http_request_duration_seconds_sum{route=\"").append(r).append("\"} ")
                    .append(h.sumNanos.sum() / 1e9).append('\n');
            b.append("mbcnav_http_request_duration_seconds_count{route=\"").append(r).append("\"} ")
                    .append(h.total.sum()).append('\n');
        });
        b.append("# HELP mbcnav_cds_cards_total CDS Hooks cards returned, by service and indicator.\n");
        b.append("# TYPE mbcnav_cds_cards_total counter\n");
        cards.forEach((k, v) -> {
            String[] parts = k.split("\u0000");
            b.append("mbcnav_cds_cards_total{service=\"").append(escape(parts[0])).append("\",indicator=\"")
                    .append(parts[1]).append("\"} ").append(v.sum()).append('\n');
        });
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
