package org.mbcnav.cohort.spark;

import java.io.Serializable;

/** One classified NDJSON line with where it came from (file index, 1-based line number). */
record ExportLine(String kind, String patientId, String resourceType, String id, int file, long line, int column,
                  String problem, String text) implements Serializable {
}
