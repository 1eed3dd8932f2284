package org.mbcnav.cohort.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One classified NDJSON line with where it came from: the file's index, the input partition of
 * the file and the line's 1-based index within that partition ({@link LineNumbers} turns the pair
 * into the line number in the file). A {@link #PARTITION_COUNT} record carries a partition's line
 * count in {@code index}.
 */
record ExportLine(String kind, String patientId, String resourceType, String id, int file, int partition, long index, int column,
                  String problem, String text) implements Serializable {
    /** Kind of the record that closes each partition with its number of lines. */
    static final String PARTITION_COUNT = "PARTITION_COUNT";

    /** The order of the export: file, then line. */
    static final Comparator<ExportLine> IN_EXPORT_ORDER = Comparator.comparingInt(ExportLine::file)
            .thenComparingInt(ExportLine::partition).thenComparingLong(ExportLine::index);

    static ExportLine partitionCount(int file, int partition, long lines) {
        return new ExportLine(PARTITION_COUNT, null, null, null, file, partition, lines, 0, null, null);
    }
}
