package org.mbcnav.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output that remembers why a write failed. PrintStream swallows write errors, so
 * `mbcnav plan ... > file` on a full disk would otherwise end with exit 0 and a truncated file;
 * with this, Main reports "cannot write to standard output: No space left on device" and exits 1.
 */
final class StandardOutput extends FilterOutputStream {
    private volatile IOException failure;

    private StandardOutput(OutputStream out) {
        super(out);
    }

    /** Replaces System.out with a buffered stream over file descriptor 1 that records failures. */
    static StandardOutput install() {
        StandardOutput s = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(new BufferedOutputStream(s, 1 << 16), false, System.out.charset()));
        return s;
    }

    /** The first write failure, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw record(e);
        }
    }

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
