package org.mbcnav.cohort.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Line numbers in a file from (partition, index within the partition): the index plus the line
 * counts of the file's earlier partitions, as reported by their {@link ExportLine#PARTITION_COUNT}
 * records.
 */
final class LineNumbers {
    /** Per file, per partition: lines in the file's partitions before it. */
    private final Map<Integer, Map<Integer, Long>> before = new HashMap<>();

    private LineNumbers() {
    }

    static LineNumbers of(List<ExportLine> records) {
        Map<Integer, TreeMap<Integer, Long>> counts = new HashMap<>();
        for (ExportLine r : records) {
            if (r.kind().equals(ExportLine.PARTITION_COUNT)) {
                counts.computeIfAbsent(r.file(), f -> new TreeMap<>()).put(r.partition(), r.index());
            }
        }
        LineNumbers numbers = new LineNumbers();
        counts.forEach((file, byPartition) -> {
            Map<Integer, Long> starts = new HashMap<>();
            long sum = 0;
            for (Map.Entry<Integer, Long> e : byPartition.entrySet()) {
                starts.put(e.getKey(), sum);
                sum += e.getValue();
            }
            numbers.before.put(file, starts);
        });
        return numbers;
    }

    /** The 1-based line number of a line in its file. */
    long line(ExportLine l) {
        Long start = before.getOrDefault(l.file(), Map.of()).get(l.partition());
        if (start == null) {
            throw new IllegalStateException("no line count for partition " + l.partition() + " of file " + l.file());
        }
        return start + l.index();
    }
}
