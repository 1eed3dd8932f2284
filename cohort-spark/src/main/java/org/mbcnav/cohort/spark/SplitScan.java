package org.mbcnav.cohort.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.mbcnav.fhir.BulkLine;
import org.mbcnav.fhir.BulkLineParser;
import scala.Tuple2;

/**
 * What the first pass found in one input split of a file: the lines that belong to no patient
 * (malformed, Medications, unattached; numbered within the split) and the split's line count,
 * whether its patient lines are ordered by patient id, its first and last patient id, and
 * samples of (patient id, byte offset of that line) from which a later pass can start reading
 * the file at a known patient ({@link ExportOrder}).
 */
record SplitScan(int file, int partition, List<ExportLine> sideLines, boolean ordered, String first, String last,
                 List<KeySample> samples) implements Serializable {

    /** A patient line of a file: its patient id and the byte offset where the line starts. */
    record KeySample(String key, long offset) implements Serializable {
    }

    /**
     * Scans one split; lines come with their byte offsets (TextInputFormat keys). A sample is
     * taken at the split's first patient line and then every {@code sampleEvery} patient lines.
     */
    static Iterator<SplitScan> scan(Iterator<Tuple2<LongWritable, Text>> it, int file, int partition, int sampleEvery) {
        BulkLineParser parser = new BulkLineParser();
        List<ExportLine> side = new ArrayList<>();
        List<KeySample> samples = new ArrayList<>();
        boolean ordered = true;
        String first = null;
        String last = null;
        long index = 0;
        long sinceSample = 0;
        while (it.hasNext()) {
            Tuple2<LongWritable, Text> row = it.next();
            Text t = row._2();
            index++;
            BulkLine c = parser.classify(t.getBytes(), 0, t.getLength());
            switch (c.kind()) {
                case BLANK -> { }
                case PATIENT_RESOURCE -> {
                    String key = c.patientId();
                    if (last != null && key.compareTo(last) < 0) {
                        ordered = false;
                    }
                    if (first == null) {
                        first = key;
                        samples.add(new KeySample(key, row._1().get()));
                        sinceSample = 0;
                    } else if (++sinceSample >= sampleEvery) {
                        samples.add(new KeySample(key, row._1().get()));
                        sinceSample = 0;
                    }
                    last = key;
                }
                default -> side.add(new ExportLine(c.kind().name(), c.patientId(), c.resourceType(), c.id(), file, partition, index,
                        c.column(), c.problem(), c.kind() == BulkLine.Kind.MEDICATION ? t.toString() : null));
            }
        }
        side.add(ExportLine.partitionCount(file, partition, index));
        return List.of(new SplitScan(file, partition, side, ordered, first, last, samples)).iterator();
    }
}
