package org.mbcnav.fhir;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The lines of an NDJSON file (gzipped when the name ends in .gz) as UTF-8 bytes, without
 * decoding them into strings: the first pass of grouping only needs each line's patient, and a
 * streaming parser reads that from the bytes. Lines end where {@link java.io.BufferedReader#readLine}
 * ends them (LF, CR or CR LF; a last line without an end counts), so line numbers are the same
 * as those of a reader over the same file; a CR or LF byte is never part of a longer UTF-8
 * character, so splitting bytes and splitting decoded text agree. The current line is valid
 * until the next call of {@link #next}.
 */
final class NdjsonLines implements Closeable {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    /** Unread bytes are buf[pos, limit). */
    private int pos;
    private int limit;
    /** The last line ended with CR: an LF right after it belongs to that line end. */
    private boolean skipLf;
    private int start;
    private int length;
    private int number;

    private NdjsonLines(InputStream in) {
        this.in = in;
    }

    static NdjsonLines open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return new NdjsonLines(file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw);
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        if (skipLf) {
            if (pos == limit && !fill()) {
                return false;
            }
            if (buf[pos] == '\n') {
                pos++;
            }
            skipLf = false;
        }
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                byte b = buf[i];
                if (b == '\n' || b == '\r') {
                    found(i - pos);
                    pos = i + 1;
                    skipLf = b == '\r';
                    return true;
                }
            }
            int scanned = limit - pos;
            if (!fill()) {
                if (limit > pos) {
                    found(limit - pos);
                    pos = limit;
                    return true;
                }
                return false;
            }
            from = pos + scanned;
        }
    }

    private void found(int len) {
        start = pos;
        length = len;
        number++;
    }

    /** Keeps the unread bytes, reads more after them; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }

    byte[] bytes() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** The line number, from 1. */
    int number() {
        return number;
    }

    /** The line as text, decoded as a reader over the file would decode it. */
    String text() {
        return new String(buf, start, length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
