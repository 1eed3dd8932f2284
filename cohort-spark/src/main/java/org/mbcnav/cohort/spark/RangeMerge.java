package org.mbcnav.cohort.spark;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.util.LineReader;
import org.mbcnav.fhir.BulkLine;
import org.mbcnav.fhir.BulkLineParser;
import scala.Tuple2;

/**
 * The patients of one key range of an ordered export, each with her lines, merged from the files
 * like a k-way merge sort as the in-process engine merges them: the smallest patient id among
 * the files' next lines, her lines taken file by file, each file's in line order. Each file is
 * read from the range's start offset (a line start found by the first pass) with Hadoop's own
 * line reader, so lines end and decode exactly as in the first pass; lines that belong to no
 * patient or to a patient below the range are passed over, and a file is left at its first
 * patient at or above the range's upper bound. Memory is one line per file plus one patient.
 */
final class RangeMerge implements Iterator<Tuple2<String, List<String>>>, Closeable {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<Cursor> cursors = new ArrayList<>();
    private Tuple2<String, List<String>> next;

    RangeMerge(ExportOrder.KeyRange range, List<String> files, Configuration conf) throws IOException {
        BulkLineParser parser = new BulkLineParser();
        try {
            for (int f = 0; f < files.size(); f++) {
                if (range.starts().get(f) == ExportOrder.NO_PATIENTS) {
                    continue;
                }
                cursors.add(new Cursor(new Path(files.get(f)), range.starts().get(f), range.lo(), range.hi(), parser, conf));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        next = take();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Tuple2<String, List<String>> next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Tuple2<String, List<String>> out = next;
        try {
            next = take();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the export", e);
        }
        return out;
    }

    private Tuple2<String, List<String>> take() throws IOException {
        String key = null;
        for (Cursor c : cursors) {
            if (c.key != null && (key == null || c.key.compareTo(key) < 0)) {
                key = c.key;
            }
        }
        if (key == null) {
            close();
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Cursor c : cursors) {
            while (key.equals(c.key)) {
                lines.add(c.line);
                c.advance();
            }
        }
        return new Tuple2<>(key, lines);
    }

    @Override
    public void close() {
        for (Cursor c : cursors) {
            c.close();
        }
    }

    /** The next patient line of the range in one file. */
    private static final class Cursor {
        private final FSDataInputStream in;
        private final LineReader reader;
        private final Text text = new Text();
        private final String lo;
        private final String hi;
        private final BulkLineParser parser;
        /** The next line is the file's first, whose byte-order mark the first pass's reader skipped. */
        private boolean atStart;
        private boolean closed;
        String key;
        String line;

        Cursor(Path file, long start, String lo, String hi, BulkLineParser parser, Configuration conf) throws IOException {
            FileSystem fs = file.getFileSystem(conf);
            this.in = fs.open(file);
            if (start > 0) {
                in.seek(start);
            }
            this.atStart = start == 0;
            this.reader = new LineReader(in, conf);
            this.lo = lo;
            this.hi = hi;
            this.parser = parser;
            advance();
        }

        void advance() throws IOException {
            while (!closed && reader.readLine(text) > 0) {
                if (atStart && startsWithBom()) {
                    text.set(Arrays.copyOfRange(text.getBytes(), BOM.length, text.getLength()));
                }
                atStart = false;
                BulkLine c = parser.classify(text.getBytes(), 0, text.getLength());
                if (c.kind() != BulkLine.Kind.PATIENT_RESOURCE || (lo != null && c.patientId().compareTo(lo) < 0)) {
                    continue;
                }
                if (hi != null && c.patientId().compareTo(hi) >= 0) {
                    break;
                }
                key = c.patientId();
                line = text.toString();
                return;
            }
            key = null;
            line = null;
            close();
        }

        private boolean startsWithBom() {
            if (text.getLength() < BOM.length) {
                return false;
            }
            byte[] b = text.getBytes();
            return b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                in.close();
            } catch (IOException e) {
                // A file read for its lines only: nothing is lost by a failed close.
            }
        }
    }
}
